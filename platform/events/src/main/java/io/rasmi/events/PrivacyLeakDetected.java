package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.privacy-leak-detected.v1}: a post on one of the entity's official accounts
 * exposes someone's personal data (G8.5) and its correction was opened; incident-service opens a DATA_LEAK incident
 * with personal data exposed. It carries no description, so the leaked data is never copied into the event log.
 */
public record PrivacyLeakDetected(
        UUID correctionId,
        String entity,
        UUID accountId,
        Platform platform,
        String platformPostUrl,
        UUID contentId,
        Instant detectedAt,
        Instant reportedAt) {
}
