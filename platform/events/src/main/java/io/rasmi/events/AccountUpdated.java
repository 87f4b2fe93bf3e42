package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.updated.v1}: the account's registered details after a change (the whole
 * state, not a diff). {@code profileUrl} and {@code displayNameEn} may be null.
 */
public record AccountUpdated(
        UUID accountId,
        String entity,
        Platform platform,
        String handle,
        String profileUrl,
        String displayNameAr,
        String displayNameEn,
        AccountStatus status,
        Instant updatedAt) implements AccountSnapshot {
}
