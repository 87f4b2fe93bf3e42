package io.rasmi.incident.timeline;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.incident.incidents.EvidenceView;

@Schema(name = "AddTimelineEntryRequest", description = "A note, an action taken or a piece of evidence; NOTE and "
        + "ACTION need text, EVIDENCE needs evidence")
public record AddEntryRequest(
        @NotNull @Schema(example = "ACTION") Kind kind,
        @Size(max = 10000) @Schema(example = "Revoked every session and rotated the page admin's password") String text,
        @Valid EvidenceView evidence,
        @Schema(description = "The CERT information request this entry answers, if it answers one")
        UUID answers) {

    /** The kinds a person may add. */
    public enum Kind {
        NOTE,
        ACTION,
        EVIDENCE
    }
}
