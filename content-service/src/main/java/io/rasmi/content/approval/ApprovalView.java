package io.rasmi.content.approval;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.ContentState;

/** An approver's decision; {@code counts} says whether it still counts for the item's current content. */
public record ApprovalView(UUID id, UUID contentId, ApprovalDecision decision, boolean factChecked, boolean neutral,
        @Schema(nullable = true) String note, String contentHash, String approverName, Instant decidedAt,
        boolean counts, ContentState contentState) {

    static ApprovalView of(ContentApproval approval, String currentHash, ContentState contentState) {
        return new ApprovalView(approval.id, approval.contentId, approval.decision, approval.factChecked,
                approval.neutral, approval.note, approval.contentHash, approval.approverName, approval.decidedAt,
                approval.decision == ApprovalDecision.APPROVE && approval.voidedAt == null
                        && approval.contentHash.equals(currentHash),
                contentState);
    }
}
