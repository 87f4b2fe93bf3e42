package io.rasmi.content.moderation;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderator's action on a comment, with where it left the comment. */
public record ActionView(UUID id, UUID commentId, ModerationAction action,
        @Schema(nullable = true, description = "The reply as sent: free text, or the canned reply's Arabic text")
        String text,
        @Schema(nullable = true, implementation = String.class, format = "uuid",
                description = "The canned reply used, if any") UUID cannedReplyId,
        @Schema(nullable = true) String note, String actorName, Instant at, CommentStatus commentStatus) {

    static ActionView of(CommentAction action, CommentStatus status) {
        return new ActionView(action.id, action.commentId, action.action, action.text, action.cannedReplyId,
                action.note, action.actorName, action.at, status);
    }
}
