package io.rasmi.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.AccessAnomaly;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentConfirmed;
import io.rasmi.events.IncidentType;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * A compromise only suspected (opened by an access anomaly on the real broker) that the IT officers triage is
 * confirmed: its determination becomes successful-attempt and {@code io.rasmi.incident.confirmed.v1} goes out, in
 * the transition's transaction, for account-service to freeze the account. Anything else triaged, or a suspicion
 * dismissed, confirms nothing.
 */
@QuarkusTest
class SuspectedCompromiseConfirmationTest {

    private static final String INCIDENTS = "/api/v1/incidents/";

    /** An access anomaly on the account, as account-service publishes it; answers the suspected incident's id. */
    private static String suspected(UUID accountId) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String value = EventCodec.write(CloudEvent.of(EventType.ACCOUNT_ACCESS_ANOMALY, accountId.toString(), "moh",
                new AccessAnomaly(accountId, "moh", "fp-" + UUID.randomUUID(), "203.0.113.7", "Erbil", at, at), at));
        Fixtures.send(Topics.ACCOUNT_EVENTS, accountId.toString(), value);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> opened(accountId) != null);
        return opened(accountId).toString();
    }

    private static UUID opened(UUID accountId) {
        return QuarkusTransaction.requiringNew().call(() -> Incident.<Incident>find("openingKey", accountId.toString())
                .firstResultOptional().map(incident -> incident.id).orElse(null));
    }

    private static void move(String id, String to) {
        Callers.itSecurity("moh").body(Map.of("to", to, "note", "Checked with the page's admins"))
                .post(INCIDENTS + id + "/transitions").then().statusCode(200).body("state", equalTo(to));
    }

    private static List<ConsumerRecord<String, String>> confirmations(String id, Duration wait) {
        return KafkaTestConsumer.records(Topics.INCIDENT_EVENTS, wait, record -> id.equals(record.key())
                && EventType.INCIDENT_CONFIRMED.type().equals(EventCodec.read(record.value()).type()));
    }

    @Test
    void shouldConfirmASuspectedCompromiseWhenTheItOfficersTriageIt() {
        UUID account = Fixtures.account("moh", false);
        String id = suspected(account);
        Callers.itSecurity("moh").get(INCIDENTS + id).then().body("determination", equalTo("suspected"));

        move(id, "TRIAGED");

        Callers.itSecurity("moh").get(INCIDENTS + id).then().statusCode(200)
                .body("determination", equalTo("successful-attempt"));
        ConsumerRecord<String, String> confirmed = KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS,
                Duration.ofSeconds(60), record -> id.equals(record.key())
                        && EventType.INCIDENT_CONFIRMED.type().equals(EventCodec.read(record.value()).type()));
        EventContract.assertValid(confirmed.key(), confirmed.value());
        IncidentConfirmed payload = EventCodec.payload(EventCodec.read(confirmed.value()), IncidentConfirmed.class);
        assertThat(payload.incidentId()).hasToString(id);
        assertThat(payload.entity()).isEqualTo("moh");
        assertThat(payload.type()).isEqualTo(IncidentType.ACCOUNT_COMPROMISE);
        assertThat(payload.accountIds()).containsExactly(account);
        assertThat(payload.determination()).isEqualTo("successful-attempt");
        // the transition's timeline entry says what was determined
        List<Map<String, Object>> transitions = Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline")
                .then().statusCode(200).extract().path("findAll { it.kind == 'TRANSITION' }.details");
        assertThat(transitions).singleElement()
                .satisfies(details -> assertThat(details).containsEntry("determination", "successful-attempt"));

        // taken further, nothing is confirmed again
        move(id, "CONTAINED");
        assertThat(confirmations(id, Duration.ofSeconds(5))).hasSize(1);
    }

    @Test
    void shouldConfirmNothingWhenASuspicionIsDismissedOrAReportIsTriaged() {
        String dismissed = suspected(Fixtures.account("moh", false));
        move(dismissed, "FALSE_POSITIVE");
        String reported = Fixtures.reported("moh", "ACCOUNT_COMPROMISE", Fixtures.account("moh", false));
        move(reported, "TRIAGED");

        Callers.itSecurity("moh").get(INCIDENTS + dismissed).then().body("determination", equalTo("suspected"));
        Callers.itSecurity("moh").get(INCIDENTS + reported).then().body("determination", nullValue());
        // the reported incident's own events are on the topic: what went out after it was read with them
        KafkaTestConsumer.awaitRecord(Topics.INCIDENT_EVENTS, Duration.ofSeconds(60),
                record -> reported.equals(record.key()));
        assertThat(confirmations(dismissed, Duration.ofSeconds(5))).isEmpty();
        assertThat(confirmations(reported, Duration.ofSeconds(5))).isEmpty();
    }
}
