package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/** Payload of {@code io.rasmi.content.withdrawn.v1}: a content item was withdrawn from the state {@code withdrawnFrom}. */
public record ContentWithdrawn(
        UUID contentId,
        String entity,
        ContentState withdrawnFrom,
        String reason,
        Instant withdrawnAt) {
}
