package io.rasmi.incident.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.testkit.MovableClock;
import io.rasmi.platform.outbox.OutboxEvent;
import io.rasmi.testkit.KafkaTestConsumer;

/** Missed response targets, found by moving the clock: shown on the incident, in its timeline, announced once. */
@QuarkusTest
class ResponseTargetsTest {

    private static final String INCIDENTS = "/api/v1/incidents/";
    private static final String SLA_BREACHED = "io.rasmi.incident.sla-breached.v1";

    @Inject
    MovableClock clock;

    @Inject
    ResponseTargets targets;

    @Inject
    ResponseTargetScheduler scheduler;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static long announcements(String incidentId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("messageKey = ?1 and eventType = ?2",
                incidentId, SLA_BREACHED));
    }

    @Test
    void shouldAnnounceAMissedTriageOnceAndShowItOnTheIncident() {
        String id = Fixtures.reported("moh", "ACCOUNT_COMPROMISE");
        targets.scan();
        assertThat(announcements(id)).isZero();

        clock.advance(Duration.ofMinutes(61));
        targets.scan();
        targets.scan();

        Callers.itSecurity("moh").get(INCIDENTS + id).then().statusCode(200)
                .body("missedTargets", hasSize(1))
                .body("missedTargets[0].target", equalTo("TRIAGE"));
        Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline").then()
                .body("findAll { it.kind == 'TARGET_MISSED' }", hasSize(1));
        assertThat(announcements(id)).isEqualTo(1);
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS,
                Duration.ofSeconds(60), r -> id.equals(r.key()) && r.value().contains(SLA_BREACHED));
        EventContract.assertValid(record.key(), record.value());
        assertThat(EventCodec.read(record.value()).data().get("target").asText()).isEqualTo("TRIAGE");
    }

    @Test
    void shouldAnnounceAMissedContainmentEvenAfterALateTriage() {
        String id = Fixtures.reported("moh", "UNAUTHORIZED_POST");
        clock.advance(Duration.ofHours(2));
        Callers.itSecurity("moh").body(Map.of("to", "TRIAGED")).post(INCIDENTS + id + "/transitions")
                .then().statusCode(200);
        clock.advance(Duration.ofHours(23));
        targets.scan();

        List<String> missed = Callers.itSecurity("moh").get(INCIDENTS + id).then().extract()
                .path("missedTargets.target");
        assertThat(missed).containsExactly("TRIAGE", "CONTAINMENT");
        assertThat(announcements(id)).isEqualTo(2);
    }

    @Test
    void shouldLeaveLowerSeveritiesAndTimelyIncidentsAlone() {
        String medium = Fixtures.reported("moh", "PHISHING");
        String timely = Fixtures.reported("moh", "DATA_LEAK");
        Callers.itSecurity("moh").body(Map.of("to", "TRIAGED")).post(INCIDENTS + timely + "/transitions")
                .then().statusCode(200);
        clock.advance(Duration.ofMinutes(90));
        targets.scan();

        assertThat(announcements(medium)).isZero();
        assertThat(announcements(timely)).isZero();
    }

    @Test
    void shouldLetAnEntityTightenItsTargetsButNeverLoosenThem() {
        Callers.entityAdmin("mohe").body(Map.of("triageMinutes", 120, "containmentMinutes", 600))
                .put(INCIDENTS + "response-targets").then().statusCode(422)
                .body("violations[0].field", equalTo("triageMinutes"));
        Callers.entityAdmin("mohe").body(Map.of("triageMinutes", 20, "containmentMinutes", 600))
                .put(INCIDENTS + "response-targets").then().statusCode(200)
                .body("triageMinutes", equalTo(20)).body("defaultTriageMinutes", equalTo(60));
        Callers.as("mohe", "publisher").get(INCIDENTS + "response-targets").then().statusCode(200)
                .body("containmentMinutes", equalTo(600));

        String id = Fixtures.reported("mohe", "CREDENTIAL_LEAK");
        clock.advance(Duration.ofMinutes(21));
        targets.scan();
        assertThat(announcements(id)).isEqualTo(1);
    }

    @Test
    void shouldRunEachScheduledScanOnceAcrossReplicas() {
        Instant fireTime = Instant.parse("2026-11-30T06:00:00Z").plusSeconds(UUID.randomUUID().hashCode() & 0xffff);
        assertThat(scheduler.runOnce(fireTime)).isTrue();
        assertThat(scheduler.runOnce(fireTime)).isFalse();
    }
}
