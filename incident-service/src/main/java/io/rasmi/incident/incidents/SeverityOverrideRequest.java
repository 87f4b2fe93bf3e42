package io.rasmi.incident.incidents;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.rasmi.events.IncidentSeverity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SeverityOverride", description = "it-security's judgement of the severity, with its reason")
public record SeverityOverrideRequest(
        @NotNull @Schema(example = "CRITICAL") IncidentSeverity severity,
        @NotBlank @Size(max = 2000) @Schema(example = "The intruder posted a fake evacuation order")
        String reason) {
}
