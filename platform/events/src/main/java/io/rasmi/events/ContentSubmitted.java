package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.submitted.v1}: a content item went to its approvers. {@code contentHash} is the
 * SHA-256 of the exact content an approval binds to; {@code approvalsRequired} is 2 for campaigns and paid promotion.
 */
public record ContentSubmitted(
        UUID contentId,
        String entity,
        List<UUID> targetAccountIds,
        String contentHash,
        int approvalsRequired,
        Instant submittedAt) {

    public ContentSubmitted {
        targetAccountIds = targetAccountIds == null ? null : List.copyOf(targetAccountIds);
    }
}
