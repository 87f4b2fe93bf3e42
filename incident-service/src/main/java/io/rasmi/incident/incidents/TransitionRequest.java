package io.rasmi.incident.incidents;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IncidentTransition", description = "The state to move to, and a note for the timeline; CLOSED needs "
        + "the lessons learned as the note")
public record TransitionRequest(
        @NotNull @Schema(example = "TRIAGED") IncidentState to,
        @Size(max = 10000) @Schema(example = "Confirmed: the admin's session came from an unknown device")
        String note) {
}
