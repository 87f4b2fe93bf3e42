package io.rasmi.kpi.targets;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.kpi.metrics.Metric;

@Schema(name = "SetTargetRequest", description = "A target for one account, metric and period")
public record SetTargetRequest(
        @NotNull @Schema(required = true, example = "3f0c8a55-2f4e-4c36-9d38-6a0e7a4f1b21") UUID accountId,
        @NotNull @Schema(required = true, example = "NEW_FOLLOWERS") Metric metric,
        @NotNull @Schema(required = true, example = "WEEK") TargetPeriod period,
        @NotNull @DecimalMin("0") @DecimalMax("100000000000000000") @Digits(integer = 17, fraction = 3)
        @Schema(required = true, description = "The figure aimed for in the period: the sum of a flow, the level at "
                + "its end, or the average response time in seconds", example = "500") BigDecimal target) {
}
