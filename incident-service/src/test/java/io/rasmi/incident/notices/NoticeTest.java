package io.rasmi.incident.notices;

import static io.rasmi.incident.officers.StaffSnapshots.known;
import static io.rasmi.incident.officers.StaffSnapshots.member;
import static io.rasmi.incident.officers.StaffSnapshots.newEntity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.UnitRole;
import io.rasmi.incident.officers.StaffDirectory;
import io.rasmi.testkit.MailServer;
import io.rasmi.testkit.ReceivedMail;

/**
 * Notices to the entity's IT officers and head of unit (G6.j) go out over real SMTP (the test-kit's GreenMail
 * server), Arabic first then English, after the transaction that queued them; they are retried while SMTP is down,
 * given up after the last attempt, and closed as undeliverable when there is nobody to tell. Each final state fires
 * a {@link NoticeOutcome}.
 */
@QuarkusTest
class NoticeTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Instant AT = Instant.parse("2026-02-03T08:15:00Z");

    @Inject
    Notices notices;

    @Inject
    StaffDirectory directory;

    @Inject
    NoticeSender sender;

    @Inject
    RecordedOutcomes outcomes;

    @Test
    void shouldMailTheItOfficersAndTheHeadOfUnitArabicFirst() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        StaffSnapshot head = member(entity, UnitRole.HEAD, "زينب علي");
        StaffSnapshot publisher = member(entity, UnitRole.PUBLISHER, "سارة أحمد");
        known(directory, officer, head, publisher);

        UUID id = queue(NoticeKind.REPORTED, facts(entity, "ACCOUNT_COMPROMISE", "HIGH"), null);

        Notice delivered = awaitStatus(id, NoticeStatus.DELIVERED);
        assertThat(delivered.attempts).isEqualTo(1);
        assertThat(delivered.recipients).containsExactly(officer.officialEmail(), head.officialEmail());
        List<ReceivedMail> received = ReceivedMail.parseAll(MailServer.messagesTo(officer.officialEmail()));
        assertThat(received).hasSize(1);
        ReceivedMail mail = received.get(0);
        assertThat(mail.to()).containsExactlyInAnyOrder(officer.officialEmail(), head.officialEmail());
        assertThat(mail.subject()).startsWith("[رسمي] بلاغ عن اختراق حساب رسمي: INC-2026-0042")
                .contains("اختراق حساب", "خطورة عالية", "[Rasmi] Breach of an official account reported",
                        "Account compromise, high severity");
        assertThat(mail.subject().indexOf("[رسمي]")).isLessThan(mail.subject().indexOf("[Rasmi]"));
        assertThat(mail.textContentType()).containsIgnoringCase("charset=utf-8");
        assertThat(mail.text()).contains("المرجع: INC-2026-0042", "الخطورة: عالية",
                "الحسابات المتأثرة: X @MOH_Iraq، Facebook moh.iraq",
                "الوقت: 2026-02-03 11:15 بتوقيت بغداد (2026-02-03 08:15 UTC)",
                "تسجيل دخول من جهاز غير معروف", "Reference: INC-2026-0042", "Type: Account compromise",
                "Affected accounts: X @MOH_Iraq, Facebook moh.iraq", "G6.j");
        assertThat(mail.text().indexOf("المرجع")).isLessThan(mail.text().indexOf("Reference"));
        assertThat(MailServer.messagesTo(head.officialEmail())).hasSize(1);
        assertThat(MailServer.messagesTo(publisher.officialEmail())).isEmpty();
        assertThat(outcomes.of(id)).containsExactly(new NoticeOutcome(delivered.incidentId, id, entity,
                NoticeKind.REPORTED, List.of(officer.officialEmail(), head.officialEmail()), NoticeStatus.DELIVERED,
                1, null));
    }

    @Test
    void shouldSayWhatChangedForARaisedSeverity() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        known(directory, officer);

        UUID id = queue(NoticeKind.SEVERITY_RAISED, facts(entity, "DEFACEMENT", "CRITICAL"),
                "MEDIUM → CRITICAL: the page now shows the attacker's banner");

        awaitStatus(id, NoticeStatus.DELIVERED);
        ReceivedMail mail = ReceivedMail.parse(MailServer.messagesTo(officer.officialEmail()).get(0));
        assertThat(mail.subject()).startsWith("[رسمي] رُفعت درجة خطورة حادثة").contains("خطورة حرجة",
                "Incident severity raised", "Defacement, critical severity");
        assertThat(mail.text()).contains("التفاصيل: MEDIUM → CRITICAL", "Detail: MEDIUM → CRITICAL");
    }

    @Test
    void shouldRecordANoticeWithNobodyToTellAsUndeliverable() {
        String entity = newEntity();
        known(directory, member(entity, UnitRole.PUBLISHER, "سارة أحمد"));

        UUID id = queue(NoticeKind.TARGET_MISSED, facts(entity, "PHISHING", "HIGH"), "TRIAGED within 1 hour");

        Notice undeliverable = awaitStatus(id, NoticeStatus.UNDELIVERABLE);
        assertThat(undeliverable.recipients).isEmpty();
        assertThat(undeliverable.attempts).isZero();
        assertThat(undeliverable.lastError).contains("No active IT officer or head of unit", entity);
        NoticeOutcome outcome = await().atMost(WAIT).until(() -> outcomes.first(id), o -> o.isPresent()).orElseThrow();
        assertThat(outcome.status()).isEqualTo(NoticeStatus.UNDELIVERABLE);
        assertThat(outcome.delivered()).isFalse();
        assertThat(outcome.detail()).contains("No active IT officer");
    }

    @Test
    void shouldQueueNothingWhenTheCallersTransactionRollsBack() {
        String entity = newEntity();
        known(directory, member(entity, UnitRole.IT_OFFICER, "علي حسن"));
        NoticeFacts facts = facts(entity, "ACCOUNT_COMPROMISE", "HIGH");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            notices.queue(NoticeKind.REPORTED, facts, null);
            throw new IllegalStateException("the change that the notice tells of failed");
        })).hasStackTraceContaining("the change that the notice tells of failed");

        assertThat(QuarkusTransaction.requiringNew().call(() -> Notice.ofIncident(facts.incidentId()))).isEmpty();
    }

    @Test
    void shouldRetryWhileSmtpIsDownAndDeliverOnceItIsBack() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        known(directory, officer);
        MailServer.stop();
        UUID id;
        try {
            id = queue(NoticeKind.REPORTED, facts(entity, "ACCOUNT_COMPROMISE", "HIGH"), null);
            Notice retrying = await().atMost(WAIT).until(() -> notice(id), n -> n.attempts >= 2);
            assertThat(retrying.status).isEqualTo(NoticeStatus.PENDING);
            assertThat(retrying.lastError).isNotBlank();
            assertThat(retrying.nextAttemptAt).isAfter(retrying.createdAt);
            assertThat(outcomes.of(id)).as("no outcome before the last word").isEmpty();
        } finally {
            MailServer.start();
        }

        Notice delivered = awaitStatus(id, NoticeStatus.DELIVERED);
        assertThat(delivered.attempts).isBetween(3, 5);
        assertThat(delivered.lastError).isNull();
        assertThat(MailServer.messagesTo(officer.officialEmail())).hasSize(1);
        assertThat(outcomes.of(id)).singleElement().satisfies(outcome -> {
            assertThat(outcome.delivered()).isTrue();
            assertThat(outcome.attempts()).isEqualTo(delivered.attempts);
        });
    }

    @Test
    void shouldGiveUpAfterTheLastAttempt() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        known(directory, officer);
        MailServer.stop();
        try {
            UUID id = queue(NoticeKind.REPORTED, facts(entity, "ACCOUNT_COMPROMISE", "HIGH"), null);

            Notice failed = awaitStatus(id, NoticeStatus.FAILED);
            assertThat(failed.attempts).isEqualTo(5); // incident.notices.max-attempts in the test profile
            assertThat(failed.lastError).isNotBlank();
            assertThat(failed.finishedAt).isNotNull();
            assertThat(outcomes.of(id)).singleElement().satisfies(outcome -> {
                assertThat(outcome.status()).isEqualTo(NoticeStatus.FAILED);
                assertThat(outcome.attempts()).isEqualTo(5);
                assertThat(outcome.detail()).isEqualTo(failed.lastError);
            });
        } finally {
            MailServer.start();
        }
    }

    @Test
    void shouldDoubleTheWaitBetweenAttemptsUpToTheCap() {
        // test profile: 0.3 s first, at most 1 s
        assertThat(List.of(sender.backoff(1), sender.backoff(2), sender.backoff(3), sender.backoff(9)))
                .containsExactly(Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofSeconds(1),
                        Duration.ofSeconds(1));
    }

    private UUID queue(NoticeKind kind, NoticeFacts facts, String detail) {
        return QuarkusTransaction.requiringNew().call(() -> notices.queue(kind, facts, detail));
    }

    private static NoticeFacts facts(String entity, String type, String severity) {
        return new NoticeFacts(UUID.randomUUID(), entity, "INC-2026-0042", type, severity,
                "تسجيل دخول من جهاز غير معروف ثم نشر منشور غير مأذون به",
                List.of("X @MOH_Iraq", "Facebook moh.iraq"), AT);
    }

    private static Notice notice(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Notice.<Notice>findById(id));
    }

    private static Notice awaitStatus(UUID id, NoticeStatus status) {
        return await().atMost(WAIT).until(() -> notice(id), n -> n != null && n.status == status);
    }
}
