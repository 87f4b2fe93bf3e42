package io.rasmi.content.approval;

/** What an approver decides about the content they reviewed. */
public enum ApprovalDecision {
    APPROVE,
    REQUEST_CHANGES
}
