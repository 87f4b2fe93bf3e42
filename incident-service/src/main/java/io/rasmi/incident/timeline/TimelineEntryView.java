package io.rasmi.incident.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.incident.incidents.EvidenceView;

@Schema(name = "TimelineEntry", description = "One line of an incident's history, oldest first")
public record TimelineEntryView(
        UUID id,
        @Schema(example = "TRANSITION") TimelineKind kind,
        Instant occurredAt,
        @Schema(example = "moh-security") String actor,
        @Schema(nullable = true, example = "Password rotated and sessions revoked") String text,
        @Schema(nullable = true) EvidenceView evidence,
        @Schema(nullable = true, implementation = String.class, format = "uuid",
                description = "The entry this one answers, e.g. a CERT information request")
        UUID refersTo,
        @Schema(nullable = true, description = "Facts of the entry, e.g. from and to of a transition",
                example = "{\"from\":\"REPORTED\",\"to\":\"TRIAGED\"}")
        Map<String, Object> details) {
}
