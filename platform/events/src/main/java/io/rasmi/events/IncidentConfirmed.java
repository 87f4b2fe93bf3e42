package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.incident.confirmed.v1}: the entity's IT security triaged an incident that was only
 * suspected (opened by a signal, see {@link IncidentReported#SUSPECTED}), confirming it; {@code determination} is
 * its STIX incident-core determination from now on. account-service freezes the named accounts of a confirmed
 * ACCOUNT_COMPROMISE or UNAUTHORIZED_POST as it does for a report by a person.
 */
public record IncidentConfirmed(
        UUID incidentId,
        String entity,
        IncidentType type,
        List<UUID> accountIds,
        IncidentSeverity severity,
        Instant confirmedAt,
        String determination) {

    public IncidentConfirmed {
        accountIds = accountIds == null ? null : List.copyOf(accountIds);
    }
}
