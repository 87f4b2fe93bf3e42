package io.rasmi.content.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.Platform;

/** A comment in the moderation queue, with what screening found and where its moderators left it. */
public record CommentView(UUID id, UUID accountId, Platform platform,
        @Schema(example = "1234567890_987654321") String platformCommentId,
        @Schema(nullable = true, example = "https://www.facebook.com/moh.iraq/posts/1234567890") String postUrl,
        @Schema(nullable = true, example = "citizen_42") String authorHandle,
        @Schema(example = "متى تبدأ حملة التلقيح؟") String text,
        @Schema(nullable = true, description = "ar, ku or en as told from the text; null when unsure",
                example = "ar") String language,
        Instant commentedAt, Instant receivedAt,
        @Schema(description = "Screening found something (see findings)") boolean flagged,
        List<ScreeningFinding> findings, CommentStatus status,
        @Schema(nullable = true, implementation = String.class, format = "date-time",
                description = "When the first reply was recorded") Instant firstReplyAt,
        @Schema(nullable = true, implementation = String.class, format = "date-time") Instant lastActionAt) {
}
