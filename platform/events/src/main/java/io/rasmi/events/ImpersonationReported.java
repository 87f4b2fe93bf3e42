package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.impersonation-reported.v1}: an account that impersonates the entity was
 * reported (G6.l, G4.3.i). {@code profileUrl} and {@code impersonatedAccountId} may be null.
 */
public record ImpersonationReported(
        UUID reportId,
        String entity,
        Platform platform,
        String handle,
        String profileUrl,
        UUID impersonatedAccountId,
        Instant reportedAt) {
}
