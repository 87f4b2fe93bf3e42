package io.rasmi.kpi.targets;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "Target", description = "What the entity aims for on one account, per metric and period (G4.3.g)")
public record TargetView(
        @Schema(example = "6d1f7a0e-3b8a-4f55-9a65-1c2b3d4e5f60") UUID id,
        @Schema(example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @Schema(example = "NEW_FOLLOWERS") Metric metric,
        @Schema(example = "WEEK") TargetPeriod period,
        @Schema(example = "500") BigDecimal target,
        @Schema(example = "2026-11-30T08:00:00Z") Instant updatedAt,
        @Schema(example = "moh-admin") String updatedBy,
        @Schema(example = "0") long version) {

    static TargetView of(Target target) {
        return new TargetView(target.id, target.accountId, target.metric, target.period,
                plain(target.target), target.updatedAt, target.updatedBy, target.version);
    }

    /** 500.000 as 500, 12.500 as 12.5: the figure without the column's padding, never in E notation. */
    static BigDecimal plain(BigDecimal figure) {
        return new BigDecimal(figure.stripTrailingZeros().toPlainString());
    }
}
