package io.rasmi.incident.notices;

/** Where a notice stands. PENDING is the only state the sender works on; the other three are final. */
public enum NoticeStatus {
    PENDING,
    /** The SMTP relay accepted it for every recipient. */
    DELIVERED,
    /** Every attempt failed, up to the limit. */
    FAILED,
    /** Nobody to send it to: the entity had no active IT officer and no head of unit when it was queued. */
    UNDELIVERABLE
}
