package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.incident.reported.v1}. {@code accountIds} are the affected accounts, possibly none.
 * {@code determination} is the STIX incident-core determination when one is known at the report: {@code suspected}
 * for an incident opened by a signal (an access from an unknown device) rather than by a person; null otherwise.
 */
public record IncidentReported(
        UUID incidentId,
        String entity,
        IncidentType type,
        List<UUID> accountIds,
        IncidentSeverity severity,
        Instant reportedAt,
        String determination) {

    /** A suspicion, not a confirmed breach: account-service does not freeze the account for it. */
    public static final String SUSPECTED = "suspected";

    public IncidentReported {
        accountIds = accountIds == null ? null : List.copyOf(accountIds);
    }

    /** A report by a person, with no determination yet. */
    public IncidentReported(UUID incidentId, String entity, IncidentType type, List<UUID> accountIds,
            IncidentSeverity severity, Instant reportedAt) {
        this(incidentId, entity, type, accountIds, severity, reportedAt, null);
    }

    public boolean suspectedOnly() {
        return SUSPECTED.equals(determination);
    }
}
