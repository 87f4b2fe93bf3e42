package io.rasmi.incident.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.rasmi.incident.officers.NoticeRecipient;
import io.rasmi.incident.officers.StaffDirectory;

/**
 * Queues e-mail notices to an entity's IT officers and the head of its social media unit (G6.j): "any breach of the
 * account is reported at once to the entity's IT officers". The notice is written in the caller's transaction, like
 * an outbox row, so a committed change always yields its notice and a rolled-back one never does;
 * {@link NoticeSender} sends it afterwards, retries with backoff, and fires {@link NoticeOutcome} when it is done.
 */
@ApplicationScoped
public class Notices {

    @Inject
    StaffDirectory staff;

    @Inject
    NoticeWording wording;

    @Inject
    Clock clock;

    /**
     * Records a notice of {@code kind} about the incident, to the entity's active IT officers and head of unit as
     * known now, with its subject and body rendered now, Arabic first. With nobody to send it to, it is still
     * recorded, and the sender closes it as UNDELIVERABLE with the reason (and fires the outcome): never dropped.
     *
     * @param detail what the kind needs said besides the facts (for SEVERITY_RAISED the change and its reason, for
     *        TARGET_MISSED which target and its deadline); may be null
     * @return the notice's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(NoticeKind kind, NoticeFacts facts, String detail) {
        List<String> recipients = staff.noticeRecipients(facts.entity()).stream()
                .map(NoticeRecipient::officialEmail).toList();
        NoticeWording.Rendered rendered = wording.render(kind, facts, detail);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Notice notice = new Notice();
        notice.id = UUID.randomUUID();
        notice.incidentId = facts.incidentId();
        notice.entityCode = facts.entity();
        notice.kind = kind;
        notice.recipients = recipients;
        notice.subject = rendered.subject();
        notice.body = rendered.body();
        notice.status = NoticeStatus.PENDING;
        notice.nextAttemptAt = now;
        notice.createdAt = now;
        if (recipients.isEmpty()) {
            notice.lastError = "No active IT officer or head of unit is known for entity " + facts.entity()
                    + " (account-service staff with unit role IT_OFFICER or HEAD)";
        }
        notice.persist();
        return notice.id;
    }
}
