package io.rasmi.kpi.series;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "Rollup", description = "One metric over time, over all of the entity's accounts (G9.1)")
public record RollupView(
        @Schema(example = "moh") String entity,
        @Schema(example = "REACH") Metric metric,
        @Schema(example = "COUNT") Metric.Unit unit,
        @Schema(example = "SUM") Metric.Aggregation aggregation,
        @Schema(example = "MONTH") Granularity granularity,
        @Schema(example = "2026-10-01") LocalDate from,
        @Schema(example = "2026-10-31") LocalDate to,
        @Schema(description = "One point per period with figures, oldest first") List<SeriesView.Point> points) {
}
