package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of {@code io.rasmi.incident.reported.v1}. {@code accountIds} are the affected accounts, possibly none. */
public record IncidentReported(
        UUID incidentId,
        String entity,
        IncidentType type,
        List<UUID> accountIds,
        IncidentSeverity severity,
        Instant reportedAt) {

    public IncidentReported {
        accountIds = accountIds == null ? null : List.copyOf(accountIds);
    }
}
