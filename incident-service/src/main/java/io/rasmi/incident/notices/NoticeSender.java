package io.rasmi.incident.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued notices over SMTP (Quarkus Mailer), each in a transaction of its own that holds the notice's row
 * lock while it is sent: {@code for update skip locked} claims it, so with several replicas every notice is sent by
 * one of them, and a replica that dies mid-send leaves the notice pending for the next pass. A failed attempt waits
 * {@link NoticeConfig#initialBackoff()}, doubled with each further failure up to {@link NoticeConfig#maxBackoff()};
 * after {@link NoticeConfig#maxAttempts()} the notice is FAILED. Every final state fires {@link NoticeOutcome} in
 * the transaction that records it.
 * <p>
 * At least once at the edge: a relay that accepted the mail while this transaction then failed to commit sends it
 * again on the next pass. Logs name notices and counts, never addresses or credentials.
 */
@ApplicationScoped
public class NoticeSender {

    private static final Logger LOG = Logger.getLogger(NoticeSender.class);
    private static final int DETAIL_LIMIT = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    ReactiveMailer mailer;

    @Inject
    NoticeConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<NoticeOutcome> outcomes;

    @Scheduled(every = "${incident.notices.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "notice-sender")
    void sendDueNotices() {
        try {
            sendDue();
        } catch (RuntimeException failed) {
            // The database may be away for a moment; the next pass tries again.
            LOG.warnf("Notice pass failed: %s", failed.getClass().getSimpleName());
        }
    }

    /** Sends (or closes) the notices due now, up to one batch; answers how many it handled. */
    public int sendDue() {
        int handled = 0;
        while (handled < config.batchSize() && QuarkusTransaction.requiringNew().call(this::sendNext)) {
            handled++;
        }
        return handled;
    }

    private boolean sendNext() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Notice> due = entityManager.createNativeQuery("select * from incident_notice where status = 'PENDING' "
                + "and next_attempt_at <= ?1 order by next_attempt_at, created_at limit 1 for update skip locked",
                Notice.class)
                .setParameter(1, now)
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        Notice notice = due.get(0);
        if (notice.recipients.isEmpty()) {
            finish(notice, NoticeStatus.UNDELIVERABLE, notice.lastError, now);
            LOG.warnf("Notice %s of incident %s is undeliverable: no recipients", notice.id, notice.incidentId);
            return true;
        }
        notice.attempts++;
        try {
            mailer.send(mail(notice)).await().atMost(config.sendTimeout());
            finish(notice, NoticeStatus.DELIVERED, null, clock.instant().truncatedTo(ChronoUnit.MICROS));
            LOG.infof("Notice %s of incident %s delivered to %d recipients (attempt %d)", notice.id,
                    notice.incidentId, notice.recipients.size(), notice.attempts);
        } catch (RuntimeException failed) {
            String detail = detail(failed);
            if (notice.attempts >= config.maxAttempts()) {
                finish(notice, NoticeStatus.FAILED, detail, now);
                LOG.errorf("Notice %s of incident %s failed after %d attempts: %s", notice.id, notice.incidentId,
                        notice.attempts, detail);
            } else {
                notice.lastError = detail;
                notice.nextAttemptAt = now.plus(backoff(notice.attempts));
                LOG.warnf("Notice %s of incident %s: attempt %d failed (%s); next at %s", notice.id,
                        notice.incidentId, notice.attempts, detail, notice.nextAttemptAt);
            }
        }
        return true;
    }

    private void finish(Notice notice, NoticeStatus status, String detail, Instant at) {
        notice.status = status;
        notice.lastError = detail;
        notice.finishedAt = at;
        notice.nextAttemptAt = at;
        outcomes.fire(new NoticeOutcome(notice.incidentId, notice.id, notice.entityCode, notice.kind,
                List.copyOf(notice.recipients), status, notice.attempts, detail));
    }

    /** The wait after the {@code attempts}-th failure: the initial backoff, doubled each time, capped. */
    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    private static Mail mail(Notice notice) {
        Mail mail = new Mail();
        mail.setTo(notice.recipients);
        mail.setSubject(notice.subject);
        mail.setText(notice.body);
        mail.addHeader("Content-Language", "ar, en");
        mail.addHeader("X-Rasmi-Incident", notice.incidentId.toString());
        mail.addHeader("X-Rasmi-Notice", notice.id.toString());
        return mail;
    }

    private static String detail(RuntimeException failed) {
        Throwable cause = failed.getCause() != null && failed.getMessage() == null ? failed.getCause() : failed;
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > DETAIL_LIMIT ? text.substring(0, DETAIL_LIMIT) : text;
    }
}
