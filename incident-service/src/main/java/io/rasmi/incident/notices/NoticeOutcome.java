package io.rasmi.incident.notices;

import java.util.List;
import java.util.UUID;

/**
 * CDI event: a notice reached its final state (delivered, failed after the last attempt, or undeliverable for want of
 * recipients). Fired synchronously inside the sender's transaction that records that state, so an observer that
 * writes the incident's timeline entry ({@code void on(@Observes NoticeOutcome outcome)}) commits with it; an
 * observer must not throw, or the outcome is recorded (and the mail possibly sent) again on the next pass.
 * {@code detail} is the last failure or the reason nothing could be sent; null when delivered.
 */
public record NoticeOutcome(
        UUID incidentId,
        UUID noticeId,
        String entity,
        NoticeKind kind,
        List<String> recipients,
        NoticeStatus status,
        int attempts,
        String detail) {

    public boolean delivered() {
        return status == NoticeStatus.DELIVERED;
    }
}
