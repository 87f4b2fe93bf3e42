package io.rasmi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.comment-received.v1}: a comment on one of the entity's official accounts reached
 * content-service from a platform export, once per comment. kpi-service classifies its sentiment (G9.3) from
 * {@code text} and {@code language}. It names no author: a citizen's handle is not needed to count moods.
 *
 * @param language {@code ar}, {@code ku} or {@code en} as detected from the text, or {@code null} when unsure
 */
public record CommentReceived(
        UUID commentId,
        String entity,
        UUID accountId,
        Platform platform,
        String platformCommentId,
        String postUrl,
        String text,
        String language,
        Instant commentedAt,
        Instant receivedAt) {
}
