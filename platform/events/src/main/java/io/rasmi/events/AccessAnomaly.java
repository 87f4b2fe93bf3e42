package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.access-anomaly.v1}: a session reached the account from no registered
 * government device (G6.h2). {@code ipAddress}, {@code location} may be null.
 */
public record AccessAnomaly(
        UUID accountId,
        String entity,
        String deviceFingerprint,
        String ipAddress,
        String location,
        Instant sessionAt,
        Instant detectedAt) {
}
