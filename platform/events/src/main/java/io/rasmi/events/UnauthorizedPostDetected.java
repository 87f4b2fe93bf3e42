package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.unauthorized-post-detected.v1}: the unit found a post on one of its official
 * accounts that nobody authorised (G7.5) and opened its correction; incident-service opens an UNAUTHORIZED_POST
 * incident on the account (G6.j). {@code contentId} is usually null. It carries no description: what the post says is
 * evidence for the IT officers, not for the event log.
 */
public record UnauthorizedPostDetected(
        UUID correctionId,
        String entity,
        UUID accountId,
        Platform platform,
        String platformPostUrl,
        UUID contentId,
        Instant detectedAt,
        Instant reportedAt) {
}
