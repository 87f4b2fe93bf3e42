package io.rasmi.kpi.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "NationalRollup", description = "One metric over a period for every entity with figures")
public record NationalView(
        @Schema(example = "REACH") Metric metric,
        @Schema(example = "COUNT") Metric.Unit unit,
        @Schema(example = "SUM") Metric.Aggregation aggregation,
        @Schema(example = "2026-10-01") LocalDate from,
        @Schema(example = "2026-10-31") LocalDate to,
        @Schema(description = "One item per entity, in the order of their codes") List<Item> entities) {

    @Schema(name = "NationalRollupItem")
    public record Item(@Schema(example = "moh") String entity, @Schema(example = "120400") BigDecimal value) {
    }
}
