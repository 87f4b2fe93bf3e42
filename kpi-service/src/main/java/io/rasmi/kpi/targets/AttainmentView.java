package io.rasmi.kpi.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "Attainment", description = "How far one account's figures reached its targets in one period (G9.1)")
public record AttainmentView(
        @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(example = "WEEK") TargetPeriod period,
        @Schema(description = "The period's first day (a week starts on Monday)", example = "2026-10-05") LocalDate start,
        @Schema(description = "The period's last day", example = "2026-10-11") LocalDate end,
        @Schema(description = "One item per target of this period, in metric order") List<Item> items) {

    @Schema(name = "AttainmentItem")
    public record Item(
            @Schema(example = "NEW_FOLLOWERS") Metric metric,
            @Schema(example = "500") BigDecimal target,
            @Schema(nullable = true, description = "The period's figure; null when none was taken in",
                    example = "420") BigDecimal actual,
            @Schema(nullable = true, description = "actual / target (four decimals); for RESPONSE_TIME, where less "
                    + "is better, target / actual", example = "0.84") BigDecimal attainment,
            @Schema(nullable = true, description = "Whether the target was met; null without a figure",
                    example = "false") Boolean met) {
    }
}
