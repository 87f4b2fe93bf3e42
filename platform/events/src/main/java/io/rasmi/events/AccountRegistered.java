package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.registered.v1}: an official account entered an entity's register.
 * {@code profileUrl} and {@code displayNameEn} may be null.
 */
public record AccountRegistered(
        UUID accountId,
        String entity,
        Platform platform,
        String handle,
        String profileUrl,
        String displayNameAr,
        String displayNameEn,
        AccountStatus status,
        Instant registeredAt) implements AccountSnapshot {
}
