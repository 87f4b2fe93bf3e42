package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.password-rotated.v1}: when, and when the next rotation is due (G6.g). Never the password. */
public record PasswordRotated(
        UUID accountId,
        String entity,
        Instant rotatedAt,
        Instant nextDueAt) {
}
