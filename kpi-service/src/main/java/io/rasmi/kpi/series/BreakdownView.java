package io.rasmi.kpi.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "Breakdown", description = "One account's figure of one metric over a period, by age, governorate or "
        + "gender (G9.2)")
public record BreakdownView(
        @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(example = "REACH") Metric metric,
        @Schema(example = "COUNT") Metric.Unit unit,
        @Schema(example = "SUM") Metric.Aggregation aggregation,
        @Schema(example = "governorate") String dimension,
        @Schema(example = "2026-10-01") LocalDate from,
        @Schema(example = "2026-10-31") LocalDate to,
        @Schema(description = "One item per value of the dimension with figures, in the order of its codes")
        List<Item> items) {

    @Schema(name = "BreakdownItem")
    public record Item(
            @Schema(description = "The dimension's value: an age bracket, an ISO 3166-2:IQ code or a gender",
                    example = "IQ-BG") String key,
            @Schema(example = "4100") BigDecimal value,
            @Schema(nullable = true, description = "The item's part of all items' figures, 0 to 1 (four decimals); "
                    + "null for averages", example = "0.2692") BigDecimal share) {
    }
}
