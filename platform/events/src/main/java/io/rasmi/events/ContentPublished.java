package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.published.v1}: the unit recorded that a content item was published on one of
 * its accounts, one event per account; kpi-service counts posts per account and week from {@code accountId},
 * {@code platform} and {@code publishedAt}.
 */
public record ContentPublished(
        UUID contentId,
        String entity,
        UUID publicationId,
        UUID accountId,
        Platform platform,
        String platformPostUrl,
        Instant publishedAt,
        Instant recordedAt) {
}
