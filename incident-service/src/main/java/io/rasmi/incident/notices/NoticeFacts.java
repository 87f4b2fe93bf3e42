package io.rasmi.incident.notices;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a notice says about an incident, given by the caller that queues it. Plain values, so that notices do not
 * depend on the incident model: {@code type} and {@code severity} are the enum names ({@code ACCOUNT_COMPROMISE},
 * {@code HIGH}), worded in Arabic and English by the templates; {@code reference} is the incident's human reference
 * (or its id); {@code accountHandles} the affected accounts as the entity knows them (e.g. {@code X @MOH_Iraq});
 * {@code occurredAt} when the told-of change happened.
 */
public record NoticeFacts(
        UUID incidentId,
        String entity,
        String reference,
        String type,
        String severity,
        String summary,
        List<String> accountHandles,
        Instant occurredAt) {

    public NoticeFacts {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(occurredAt, "occurredAt");
        summary = summary == null ? "" : summary;
        accountHandles = accountHandles == null ? List.of() : List.copyOf(accountHandles);
    }
}
