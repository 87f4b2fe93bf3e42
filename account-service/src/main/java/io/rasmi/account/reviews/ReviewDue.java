package io.rasmi.account.reviews;

import java.time.Instant;

import io.rasmi.events.ReviewKind;

/**
 * Where an account stands with one kind of review at a moment.
 *
 * @param lastReviewedAt the latest review of the kind at that moment, or null
 * @param dueAt when the next review is due: the cadence after the last review, or after the account first became
 *        ACTIVE if it was never reviewed; null while the account was never active (nothing to review yet)
 * @param overdue whether {@code dueAt} has passed at that moment
 */
public record ReviewDue(ReviewKind kind, Instant lastReviewedAt, Instant dueAt, boolean overdue) {
}
