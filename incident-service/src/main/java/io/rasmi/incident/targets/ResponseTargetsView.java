package io.rasmi.incident.targets;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.IncidentSeverity;

@Schema(name = "ResponseTargets", description = "How soon the entity's HIGH and CRITICAL incidents must be TRIAGED and "
        + "CONTAINED, counted from their report")
public record ResponseTargetsView(
        @Schema(example = "30") int triageMinutes,
        @Schema(example = "720") int containmentMinutes,
        @Schema(description = "The national default, which an entity may only tighten", example = "60")
        int defaultTriageMinutes,
        @Schema(example = "1440") int defaultContainmentMinutes,
        @Schema(example = "[\"HIGH\", \"CRITICAL\"]") List<IncidentSeverity> appliesTo) {
}
