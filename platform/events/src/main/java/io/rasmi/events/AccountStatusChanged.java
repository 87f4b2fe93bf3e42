package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.status-changed.v1}. {@code reason} may be null. */
public record AccountStatusChanged(
        UUID accountId,
        String entity,
        AccountStatus from,
        AccountStatus to,
        String reason,
        Instant changedAt) {
}
