package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.account.review-overdue.v1}: a periodic review (G6.h) is past its cadence.
 * {@code lastReviewedAt} is null when the account was never reviewed for this kind.
 */
public record ReviewOverdue(
        UUID accountId,
        String entity,
        ReviewKind reviewKind,
        Instant lastReviewedAt,
        Instant dueAt,
        Instant detectedAt) {
}
