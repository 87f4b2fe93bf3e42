package io.rasmi.incident.officers;

import static io.rasmi.incident.officers.StaffSnapshots.event;
import static io.rasmi.incident.officers.StaffSnapshots.member;
import static io.rasmi.incident.officers.StaffSnapshots.newEntity;
import static io.rasmi.incident.officers.StaffSnapshots.next;
import static io.rasmi.incident.officers.StaffSnapshots.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.events.Topics;
import io.rasmi.events.UnitRole;

/**
 * The staff directory learns from account-service's staff state and staff events on the real broker whom to tell of
 * a breach: each entity's active IT officers and the head of its unit, nobody else, and never a member who left.
 */
@QuarkusTest
class StaffDirectoryTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    StaffDirectory directory;

    @Test
    void shouldKnowTheItOfficersAndTheHeadOfUnitFromTheStaffStateTopic() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        StaffSnapshot head = member(entity, UnitRole.HEAD, "زينب علي");
        StaffSnapshot publisher = member(entity, UnitRole.PUBLISHER, "سارة أحمد");
        StaffSnapshot otherEntitysOfficer = member(newEntity(), UnitRole.IT_OFFICER, "محمد كريم");
        for (StaffSnapshot staff : List.of(officer, head, publisher, otherEntitysOfficer)) {
            send(Topics.STAFF_STATE, staff.staffId().toString(), event(EventType.ACCOUNT_STAFF_STATE, staff));
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(recipients(entity)).containsExactly(
                new NoticeRecipient(officer.staffId(), "علي حسن", officer.officialEmail(), UnitRole.IT_OFFICER),
                new NoticeRecipient(head.staffId(), "زينب علي", head.officialEmail(), UnitRole.HEAD)));
        assertThat(recipients(otherEntitysOfficer.entity())).extracting(NoticeRecipient::staffId)
                .containsExactly(otherEntitysOfficer.staffId());
    }

    @Test
    void shouldFollowTheStaffEventsAndForgetAMemberWhoLeft() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        StaffSnapshot head = member(entity, UnitRole.HEAD, "زينب علي");
        send(Topics.ACCOUNT_EVENTS, officer.staffId().toString(), event(EventType.ACCOUNT_STAFF_ADDED, officer));
        send(Topics.ACCOUNT_EVENTS, head.staffId().toString(), event(EventType.ACCOUNT_STAFF_ADDED, head));
        await().atMost(WAIT).untilAsserted(() -> assertThat(recipients(entity)).hasSize(2));

        StaffSnapshot left = next(officer, false);
        send(Topics.ACCOUNT_EVENTS, officer.staffId().toString(), event(EventType.ACCOUNT_STAFF_REMOVED, left));
        await().atMost(WAIT).untilAsserted(() -> assertThat(recipients(entity)).extracting(NoticeRecipient::staffId)
                .containsExactly(head.staffId()));

        // The older state, read again (as at every start), does not bring the member back.
        send(Topics.STAFF_STATE, officer.staffId().toString(), event(EventType.ACCOUNT_STAFF_STATE, officer));
        StaffSnapshot marker = member(entity, UnitRole.IT_OFFICER, "مؤشر");
        send(Topics.STAFF_STATE, marker.staffId().toString(), event(EventType.ACCOUNT_STAFF_STATE, marker));
        await().atMost(WAIT).untilAsserted(() -> assertThat(recipients(entity)).extracting(NoticeRecipient::staffId)
                .containsExactlyInAnyOrder(head.staffId(), marker.staffId()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> KnownStaff.<KnownStaff>findById(officer.staffId())))
                .satisfies(known -> {
                    assertThat(known.active).isFalse();
                    assertThat(known.version).isEqualTo(2);
                });
    }

    @Test
    void shouldApplyARedeliveredStaffEventOnce() {
        String entity = newEntity();
        StaffSnapshot officer = member(entity, UnitRole.IT_OFFICER, "علي حسن");
        String added = event(EventType.ACCOUNT_STAFF_ADDED, officer);
        send(Topics.ACCOUNT_EVENTS, officer.staffId().toString(), added);
        send(Topics.ACCOUNT_EVENTS, officer.staffId().toString(), added);
        StaffSnapshot marker = member(entity, UnitRole.HEAD, "مؤشر");
        send(Topics.ACCOUNT_EVENTS, marker.staffId().toString(), event(EventType.ACCOUNT_STAFF_ADDED, marker));

        await().atMost(WAIT).untilAsserted(() -> assertThat(recipients(entity)).hasSize(2));
        String eventId = EventCodec.read(added).id();
        long recorded = QuarkusTransaction.requiringNew().call(() -> ((Number) KnownStaff.getEntityManager()
                .createNativeQuery("select count(*) from inbox_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, StaffEventsConsumer.CONSUMER).setParameter(2, eventId)
                .getSingleResult()).longValue());
        assertThat(recorded).isEqualTo(1);
    }

    private List<NoticeRecipient> recipients(String entity) {
        return QuarkusTransaction.requiringNew().call(() -> directory.noticeRecipients(entity));
    }
}
