package io.rasmi.content.moderation;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a moderator does with a comment. A REPLY carries either its text or the id of an approved canned reply, not
 * both; the other actions carry neither. {@code note} is for the unit (why it was hidden, whom it went to).
 */
public record ActionRequest(
        @NotNull ModerationAction action,
        @Size(max = 2000) @Schema(nullable = true, description = "A free-text reply (REPLY only); screened first",
                example = "تبدأ الحملة يوم الأحد في جميع المراكز الصحية.") String text,
        @Schema(nullable = true, implementation = String.class, format = "uuid",
                description = "An approved canned reply to answer with (REPLY only)") UUID cannedReplyId,
        @Size(max = 1000) @Schema(nullable = true, description = "A note for the unit",
                example = "أحيل إلى قسم الصحة العامة") String note) {
}
