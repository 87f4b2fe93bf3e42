package io.rasmi.incident.notices;

/** What a notice to the entity's IT officers tells of (G6.j). */
public enum NoticeKind {
    /** An incident was reported (by a person or opened by an event). */
    REPORTED,
    /** An incident's severity was raised to HIGH or above. */
    SEVERITY_RAISED,
    /** An incident missed a response target (triage or containment). */
    TARGET_MISSED
}
