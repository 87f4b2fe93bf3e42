package io.rasmi.content.moderation;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch of comments did: how many were new, already known, flagged; and each line's comment. */
public record IntakeReport(
        @Schema(description = "Comments in the batch", example = "3") int received,
        @Schema(description = "Comments stored now", example = "2") int added,
        @Schema(description = "Comments already known (a re-sent export), which changed nothing", example = "1")
        int alreadyKnown,
        @Schema(description = "New comments that screening flagged", example = "1") int flagged,
        List<Line> lines) {

    /** One line of the batch: its 1-based position, the comment it is, and whether it was new and flagged. */
    public record Line(@Schema(example = "1") int line, UUID commentId, boolean added, boolean flagged) {
    }
}
