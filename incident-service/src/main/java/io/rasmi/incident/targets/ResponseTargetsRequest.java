package io.rasmi.incident.targets;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponseTargetsRequest", description = "The entity's own targets, no looser than the national default")
public record ResponseTargetsRequest(
        @NotNull @Min(1) @Max(100000) @Schema(example = "30") Integer triageMinutes,
        @NotNull @Min(1) @Max(100000) @Schema(example = "720") Integer containmentMinutes) {
}
