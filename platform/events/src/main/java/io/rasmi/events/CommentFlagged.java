package io.rasmi.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code io.rasmi.content.comment-flagged.v1}: screening found something in a comment on one of the
 * entity's official accounts that its moderators must look at (hate speech or insults, G4.3.j; personal data, G6.i
 * and G8.5; a link to another platform or an outside host, G7.6). Once per comment, when it first arrives. It carries
 * neither the author nor the text: what was flagged may be someone's personal data, which the event must not spread;
 * the moderation queue shows it to the account's moderators.
 *
 * @param reasons what screening found, each reason once, in a fixed order
 * @param clauses the guideline clauses those findings touch, each once
 * @param postUrl the post the comment answers, or {@code null} when the export did not name it
 */
public record CommentFlagged(
        UUID commentId,
        String entity,
        UUID accountId,
        Platform platform,
        String platformCommentId,
        String postUrl,
        List<Reason> reasons,
        List<String> clauses,
        Instant commentedAt,
        Instant flaggedAt) {

    public CommentFlagged {
        reasons = List.copyOf(reasons);
        clauses = List.copyOf(clauses);
    }

    /** What screening found in the comment. */
    public enum Reason {
        HATE_SPEECH,
        PERSONAL_DATA,
        OUTSIDE_LINK
    }
}
