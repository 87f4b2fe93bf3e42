package io.rasmi.incident.openings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.AccessAnomaly;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.IncidentReported;
import io.rasmi.events.EventType;
import io.rasmi.events.ImpersonationReported;
import io.rasmi.events.IncidentType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.incident.incidents.Incident;
import io.rasmi.incident.incidents.IncidentState;
import io.rasmi.incident.timeline.TimelineEntry;
import io.rasmi.incident.timeline.TimelineKind;
import io.rasmi.testkit.KafkaTestConsumer;

/** Incidents opened by account-service's events on the real broker: one open incident per key absorbs repeats. */
@QuarkusTest
class EventOpeningsTest {

    private static String anomaly(UUID accountId, String entity) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String value = EventCodec.write(CloudEvent.of(EventType.ACCOUNT_ACCESS_ANOMALY, accountId.toString(), entity,
                new AccessAnomaly(accountId, entity, "fp-" + UUID.randomUUID(), "203.0.113.7", "Erbil", at, at), at));
        EventContract.assertValid(accountId.toString(), value);
        Fixtures.send(Topics.ACCOUNT_EVENTS, accountId.toString(), value);
        return value;
    }

    private static List<Incident> openedFor(String key) {
        return QuarkusTransaction.requiringNew().call(() -> Incident.<Incident>list("openingKey", key));
    }

    /** The incident's own entries, leaving out the messages that follow them (to the CERT, to IT officers). */
    private static long timelineOf(UUID incidentId) {
        return QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("incidentId = ?1 and kind not in ?2",
                incidentId, List.of(TimelineKind.CERT_MESSAGE, TimelineKind.NOTICE)));
    }

    private static Incident awaitOpened(String key) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> !openedFor(key).isEmpty());
        return openedFor(key).get(0);
    }

    @Test
    void shouldOpenASuspectedCompromiseFromAnAccessAnomalyAndAnnounceIt() {
        UUID account = UUID.randomUUID();
        anomaly(account, "moh");

        Incident incident = awaitOpened(account.toString());
        assertThat(incident.type).isEqualTo(IncidentType.ACCOUNT_COMPROMISE);
        assertThat(incident.determination).isEqualTo("suspected");
        assertThat(incident.state).isEqualTo(IncidentState.REPORTED);
        assertThat(incident.accountIds).containsExactly(account);
        Callers.itSecurity("moh").get("/api/v1/incidents/" + incident.id).then().statusCode(200);
        Callers.itSecurity("mohe").get("/api/v1/incidents/" + incident.id).then().statusCode(404);
        ConsumerRecord<String, String> reported = KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS,
                Duration.ofSeconds(60), r -> incident.id.toString().equals(r.key()));
        EventContract.assertValid(reported.key(), reported.value());
        // only suspected: account-service leaves the account as it is until the IT officers confirm the breach
        assertThat(EventCodec.payload(EventCodec.read(reported.value()), IncidentReported.class).suspectedOnly())
                .isTrue();
    }

    @Test
    void shouldAbsorbARepeatIntoTheOpenIncidentAndIgnoreARedelivery() {
        UUID account = UUID.randomUUID();
        String first = anomaly(account, "moh");
        Incident incident = awaitOpened(account.toString());

        anomaly(account, "moh");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> timelineOf(incident.id) == 2);
        Fixtures.send(Topics.ACCOUNT_EVENTS, account.toString(), first);
        // a marker behind the redelivery on the same partition (same key): once it is absorbed, the redelivery was read
        anomaly(account, "moh");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> timelineOf(incident.id) == 3);

        assertThat(openedFor(account.toString())).hasSize(1);
        assertThat(timelineOf(incident.id)).isEqualTo(3);
        List<String> kinds = Callers.itSecurity("moh").get("/api/v1/incidents/" + incident.id + "/timeline")
                .then().statusCode(200).extract().path("findAll { it.kind != 'CERT_MESSAGE' && it.kind != 'NOTICE' }.kind");
        assertThat(kinds).containsExactly("REPORTED", "REPEATED", "REPEATED");
    }

    @Inject
    EventOpenings openings;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldOpenOneIncidentWhenTwoReplicasOpenTheSameKeyAtOnce() throws Exception {
        UUID account = UUID.randomUUID();
        EventOpenings.Signal signal = new EventOpenings.Signal("moh", IncidentType.ACCOUNT_COMPROMISE,
                account.toString(), account, "suspected", Instant.now(), "Session from an unknown device", Map.of());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<UUID>> opened = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                opened.add(replicas.submit(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> openings.open(signal));
                }));
            }
            start.countDown();
            assertThat(opened.get(0).get(60, TimeUnit.SECONDS)).isEqualTo(opened.get(1).get(60, TimeUnit.SECONDS));
        } finally {
            replicas.shutdownNow();
        }
        assertThat(openedFor(account.toString())).hasSize(1);
        assertThat(timelineOf(openedFor(account.toString()).get(0).id)).isEqualTo(2);
    }

    @Test
    void shouldRefuseASecondOpenIncidentForTheSameKeyInTheDatabase() {
        UUID account = UUID.randomUUID();
        anomaly(account, "moh");
        Incident open = awaitOpened(account.toString());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into incident (id, entity, type, state, severity, computed_severity, tlp, summary, "
                        + "personal_data_exposed, detected_at, reported_at, reported_by, reporter_name, opening_key, "
                        + "updated_at) select gen_random_uuid(), entity, type, 'TRIAGED', severity, computed_severity, "
                        + "tlp, summary, false, detected_at, reported_at, reported_by, reporter_name, opening_key, "
                        + "updated_at from incident where id = ?1")
                .setParameter(1, open.id).executeUpdate()))
                .hasStackTraceContaining("incident_one_open_per_key");
    }

    @Test
    void shouldOpenANewIncidentOnceTheOpenOneIsClosed() {
        UUID account = UUID.randomUUID();
        anomaly(account, "moh");
        Incident first = awaitOpened(account.toString());
        Callers.itSecurity("moh").body(Map.of("to", "FALSE_POSITIVE", "note", "Our own new laptop"))
                .post("/api/v1/incidents/" + first.id + "/transitions").then().statusCode(200);

        anomaly(account, "moh");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> openedFor(account.toString()).size() == 2);
        assertThat(timelineOf(first.id)).isEqualTo(2);
    }

    @Test
    void shouldOpenAnImpersonationIncidentFromAnImpersonationReport() {
        UUID report = UUID.randomUUID();
        UUID impersonated = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String value = EventCodec.write(CloudEvent.of(EventType.ACCOUNT_IMPERSONATION_REPORTED, report.toString(),
                "mohe", new ImpersonationReported(report, "mohe", Platform.X, "M0HE_lraq", "https://x.com/M0HE_lraq",
                        impersonated, at), at));
        Fixtures.send(Topics.ACCOUNT_EVENTS, report.toString(), value);

        Incident incident = awaitOpened(impersonated.toString());
        assertThat(incident.type).isEqualTo(IncidentType.IMPERSONATION);
        assertThat(incident.entity).isEqualTo("mohe");
        assertThat(incident.summary).contains("M0HE_lraq");
    }

    @Test
    void shouldSendAnUnprocessableEventToTheDeadLetterTopicAndGoOn() {
        String key = UUID.randomUUID().toString();
        Fixtures.send(Topics.ACCOUNT_EVENTS, key,
                "{\"specversion\":\"1.0\",\"id\":\"" + key + "\",\"type\":\"io.rasmi.account.access-anomaly.v1\"}");
        ConsumerRecord<String, String> dead = KafkaTestConsumer.awaitRecord(Topics.deadLetter(Topics.ACCOUNT_EVENTS),
                Duration.ofSeconds(90), r -> key.equals(r.key()));
        assertThat(dead.value()).contains(key);

        UUID account = UUID.randomUUID();
        anomaly(account, "moh");
        awaitOpened(account.toString());
    }
}
