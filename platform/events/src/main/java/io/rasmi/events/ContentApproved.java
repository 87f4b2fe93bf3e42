package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.approved.v1}: the last approval a content item needed was given (G4.3.d), for
 * the content whose SHA-256 is {@code contentHash}; {@code approvals} counts the distinct approvers.
 */
public record ContentApproved(
        UUID contentId,
        String entity,
        String contentHash,
        int approvals,
        Instant approvedAt) {
}
