package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Payload of {@code io.rasmi.content.scheduled.v1}: an approved item is planned for its accounts at {@code plannedAt}. */
public record ContentScheduled(
        UUID contentId,
        String entity,
        List<UUID> targetAccountIds,
        Instant plannedAt,
        Instant scheduledAt) {

    public ContentScheduled {
        targetAccountIds = targetAccountIds == null ? null : List.copyOf(targetAccountIds);
    }
}
