package io.rasmi.content.moderation;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One comment of a platform export, as the API documents it; {@link CommentLine} reads it. */
@Schema(description = "A comment from a platform export")
public record CommentInput(
        @Schema(required = true, description = "One of the entity's accounts") UUID accountId,
        @Schema(required = true, maxLength = CommentLine.MAX_ID, description = "The platform's id of the comment",
                example = "1234567890_987654321") String platformCommentId,
        @Schema(nullable = true, maxLength = CommentLine.MAX_URL, description = "The post it answers (https)",
                example = "https://www.facebook.com/moh.iraq/posts/1234567890") String postUrl,
        @Schema(nullable = true, maxLength = CommentLine.MAX_HANDLE, example = "citizen_42") String authorHandle,
        @Schema(required = true, maxLength = CommentLine.MAX_TEXT, example = "متى تبدأ حملة التلقيح؟") String text,
        @Schema(required = true, description = "When it was written") Instant at) {
}
