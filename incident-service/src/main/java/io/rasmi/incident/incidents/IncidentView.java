package io.rasmi.incident.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentSlaBreached;
import io.rasmi.events.IncidentType;

@Schema(name = "Incident", description = "A breach of an entity's official accounts and where its handling stands")
public record IncidentView(
        UUID id,
        @Schema(example = "moh") String entity,
        @Schema(example = "ACCOUNT_COMPROMISE") IncidentType type,
        @Schema(example = "REPORTED") IncidentState state,
        @Schema(description = "The severity in force", example = "HIGH") IncidentSeverity severity,
        @Schema(description = "What the severity table computed at report", example = "HIGH")
        IncidentSeverity computedSeverity,
        @Schema(example = "AMBER") Tlp tlp,
        @Schema(example = "Unknown posts on the ministry's Facebook page") String summary,
        @Schema(nullable = true) String description,
        boolean personalDataExposed,
        Instant detectedAt,
        Instant reportedAt,
        @Schema(description = "Who reported it, or system when an event opened it", example = "moh-security")
        String reportedBy,
        List<UUID> accountIds,
        List<EvidenceView> evidence,
        @Schema(nullable = true, description = "STIX incident-core determination", example = "suspected")
        String determination,
        @Schema(description = "The states the incident may move to now", example = "[\"TRIAGED\", \"FALSE_POSITIVE\"]")
        List<IncidentState> allowedTransitions,
        @Schema(nullable = true) String lessonsLearned,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant triagedAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant containedAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant closedAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "When the national CERT acknowledged it") Instant acknowledgedAt,
        @Schema(description = "Response targets it missed (HIGH and CRITICAL only), oldest first")
        List<MissedTargetView> missedTargets,
        Instant updatedAt,
        @Schema(description = "The incident's version, also its ETag", example = "0") long version) {

    /** A response target missed. */
    @Schema(name = "MissedTarget")
    public record MissedTargetView(@Schema(example = "TRIAGE") IncidentSlaBreached.Target target, Instant dueAt,
            Instant missedAt) {

        static MissedTargetView of(MissedTarget missed) {
            return new MissedTargetView(missed.target, missed.dueAt, missed.missedAt);
        }
    }

    public static IncidentView of(Incident incident) {
        return new IncidentView(incident.id, incident.entity, incident.type, incident.state, incident.severity,
                incident.computedSeverity, incident.tlp, incident.summary, incident.description,
                incident.personalDataExposed, incident.detectedAt, incident.reportedAt, incident.reporterName,
                List.copyOf(incident.accountIds), incident.evidence.stream().map(EvidenceView::of).toList(),
                incident.determination, Transition.targetsFrom(incident.state), incident.lessonsLearned,
                incident.triagedAt, incident.containedAt, incident.closedAt, incident.acknowledgedAt,
                incident.missedTargets.stream().map(MissedTargetView::of)
                        .sorted(java.util.Comparator.comparing(MissedTargetView::dueAt)).toList(),
                incident.updatedAt, incident.version);
    }
}
