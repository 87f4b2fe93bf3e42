package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.account.password-rotation-overdue.v1}: the rotation period (G6.g) has passed. */
public record PasswordRotationOverdue(
        UUID accountId,
        String entity,
        Instant dueAt,
        Instant detectedAt) {
}
