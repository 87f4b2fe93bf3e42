package io.rasmi.kpi.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "Series", description = "One account's figure of one metric over time, its totals (all the audience)")
public record SeriesView(
        @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(example = "REACH") Metric metric,
        @Schema(example = "COUNT") Metric.Unit unit,
        @Schema(example = "SUM") Metric.Aggregation aggregation,
        @Schema(example = "WEEK") Granularity granularity,
        @Schema(example = "2026-10-01") LocalDate from,
        @Schema(example = "2026-10-31") LocalDate to,
        @Schema(description = "One point per period with figures, oldest first; a period without any is left out "
                + "(no figure is not zero)") List<Point> points) {

    @Schema(name = "SeriesPoint")
    public record Point(
            @Schema(description = "The first day of the period (a week starts on Monday); only days from 'from' to "
                    + "'to' count", example = "2026-09-28") LocalDate start,
            @Schema(example = "15230") BigDecimal value) {
    }
}
