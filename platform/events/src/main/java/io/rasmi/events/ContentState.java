package io.rasmi.events;

/**
 * Where a content item is in its lifecycle (content-service's {@code lifecycle.Transition} holds the moves):
 * prepared, submitted for approval, approved or sent back, scheduled (or FROZEN while a target account is not
 * ACTIVE), published on every target account, corrected, or withdrawn.
 */
public enum ContentState {
    DRAFT,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    FROZEN,
    PUBLISHED,
    CORRECTED,
    WITHDRAWN
}
