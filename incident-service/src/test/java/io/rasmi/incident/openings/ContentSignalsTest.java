package io.rasmi.incident.openings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentReported;
import io.rasmi.events.IncidentType;
import io.rasmi.events.Platform;
import io.rasmi.events.PrivacyLeakDetected;
import io.rasmi.events.Topics;
import io.rasmi.events.UnauthorizedPostDetected;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.incident.cert.StixIds;
import io.rasmi.incident.incidents.Incident;
import io.rasmi.incident.incidents.IncidentState;
import io.rasmi.incident.timeline.TimelineEntry;
import io.rasmi.incident.timeline.TimelineKind;
import io.rasmi.testkit.KafkaTestConsumer;

/** Incidents opened by content-service's corrections (G7.5) from their events on the real broker. */
@QuarkusTest
class ContentSignalsTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String unauthorizedPost(UUID correction, UUID account, String entity) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String value = EventCodec.write(CloudEvent.of(EventType.CONTENT_UNAUTHORIZED_POST_DETECTED,
                correction.toString(), entity, new UnauthorizedPostDetected(correction, entity, account,
                        Platform.FACEBOOK, "https://www.facebook.com/moh.iraq/posts/9876543210", null,
                        at.minus(3, ChronoUnit.MINUTES), at), at));
        EventContract.assertValid(correction.toString(), value);
        return value;
    }

    private static String privacyLeak(UUID correction, UUID account, String entity) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String value = EventCodec.write(CloudEvent.of(EventType.CONTENT_PRIVACY_LEAK_DETECTED, correction.toString(),
                entity, new PrivacyLeakDetected(correction, entity, account, Platform.FACEBOOK,
                        "https://www.facebook.com/moh.iraq/posts/1234567890", UUID.randomUUID(),
                        at.minus(3, ChronoUnit.MINUTES), at), at));
        EventContract.assertValid(correction.toString(), value);
        return value;
    }

    private static List<Incident> opened(String entity, IncidentType type, UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> Incident.<Incident>list(
                "entity = ?1 and type = ?2 and openingKey = ?3", entity, type, account.toString()));
    }

    private static Incident awaitOpened(String entity, IncidentType type, UUID account) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> !opened(entity, type, account).isEmpty());
        return opened(entity, type, account).get(0);
    }

    private static long timelineOf(UUID incidentId) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("incidentId = ?1 and kind not in ?2",
                incidentId, List.of(TimelineKind.CERT_MESSAGE, TimelineKind.NOTICE)));
    }

    @Test
    void shouldOpenExactlyOneUnauthorisedPostIncidentWhenTheEventIsDeliveredTwice() {
        UUID account = Fixtures.account("moh", true);
        UUID correction = UUID.randomUUID();
        String value = unauthorizedPost(correction, account, "moh");
        Fixtures.send(Topics.CONTENT_EVENTS, correction.toString(), value);
        Fixtures.send(Topics.CONTENT_EVENTS, correction.toString(), value);
        // A marker behind the redelivery on the same partition (same key): once it opened its incident, the
        // redelivery was read.
        UUID markerAccount = Fixtures.account("moh", false);
        Fixtures.send(Topics.CONTENT_EVENTS, correction.toString(), privacyLeak(correction, markerAccount, "moh"));
        awaitOpened("moh", IncidentType.DATA_LEAK, markerAccount);

        assertThat(opened("moh", IncidentType.UNAUTHORIZED_POST, account)).hasSize(1);
        Incident incident = opened("moh", IncidentType.UNAUTHORIZED_POST, account).get(0);
        assertThat(timelineOf(incident.id)).isEqualTo(1);
        assertThat(incident.state).isEqualTo(IncidentState.REPORTED);
        assertThat(incident.accountIds).containsExactly(account);
        assertThat(incident.determination).isNull();
        assertThat(incident.reportedBy).isEqualTo(Incident.SYSTEM);
        Callers.itSecurity("moh").get("/api/v1/incidents/" + incident.id).then().statusCode(200);
        Callers.itSecurity("mohe").get("/api/v1/incidents/" + incident.id).then().statusCode(404);

        // A person's finding, not a signal: account-service freezes the account for it.
        ConsumerRecord<String, String> reported = KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS, WAIT,
                r -> incident.id.toString().equals(r.key()));
        EventContract.assertValid(reported.key(), reported.value());
        IncidentReported announced = EventCodec.payload(EventCodec.read(reported.value()), IncidentReported.class);
        assertThat(announced.type()).isEqualTo(IncidentType.UNAUTHORIZED_POST);
        assertThat(announced.suspectedOnly()).isFalse();
        assertThat(announced.accountIds()).containsExactly(account);
        // and it goes to the CERT like any report
        ConsumerRecord<String, String> bundle = KafkaTestConsumer.awaitRecord(Topics.CERT_INCIDENTS, WAIT,
                r -> r.value().contains(StixIds.incident(incident.id)));
        EventContract.assertValid(bundle.key(), bundle.value());
    }

    @Test
    void shouldOpenADataLeakWithPersonalDataExposedFromAPrivacyLeak() {
        UUID account = Fixtures.account("mohe", false);
        UUID correction = UUID.randomUUID();
        Fixtures.send(Topics.CONTENT_EVENTS, correction.toString(), privacyLeak(correction, account, "mohe"));

        Incident incident = awaitOpened("mohe", IncidentType.DATA_LEAK, account);
        assertThat(incident.personalDataExposed).isTrue();
        assertThat(incident.accountIds).containsExactly(account);
        assertThat(incident.summary).contains("G8.5");
        Callers.itSecurity("mohe").get("/api/v1/incidents/" + incident.id).then().statusCode(200)
                .body("personalDataExposed", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void shouldSendABrokenDetectionEventToTheDeadLetterTopicAndGoOn() {
        String key = UUID.randomUUID().toString();
        Fixtures.send(Topics.CONTENT_EVENTS, key, "{\"specversion\":\"1.0\",\"id\":\"" + key
                + "\",\"type\":\"io.rasmi.content.unauthorized-post-detected.v1\"}");
        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.CONTENT_EVENTS),
                WAIT, r -> key.equals(r.key()));
        assertThat(dead.value()).contains(key);

        UUID account = Fixtures.account("moh", false);
        UUID correction = UUID.randomUUID();
        Fixtures.send(Topics.CONTENT_EVENTS, correction.toString(), unauthorizedPost(correction, account, "moh"));
        awaitOpened("moh", IncidentType.UNAUTHORIZED_POST, account);
    }
}
