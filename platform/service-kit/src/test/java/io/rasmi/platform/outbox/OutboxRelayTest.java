package io.rasmi.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.platform.testapp.EarlyRelayPass;
import io.rasmi.testkit.KafkaBroker;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

@QuarkusTest
class OutboxRelayTest {

    private static String createNote(String title) {
        return given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token())
                .contentType(ContentType.JSON).body("{\"title\":\"" + title + "\"}")
                .post("/api/v1/test-notes")
                .then().statusCode(201).extract().path("id");
    }

    private static long outboxRows() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count());
    }

    @Test
    void shouldPublishCommittedChangeAsValidCloudEvent() {
        String id = createNote("published");

        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), record -> id.equals(record.key()));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        EventContract.assertValid(record.key(), record.value());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("messageKey = ?1 and sentAt is not null", id))).isEqualTo(1));
    }

    @Test
    void shouldNotPublishRolledBackChange() {
        long before = outboxRows();
        given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token())
                .contentType(ContentType.JSON).body("{\"title\":\"rolled-back\",\"failAfterWrite\":true}")
                .post("/api/v1/test-notes")
                .then().statusCode(422);
        assertThat(outboxRows()).isEqualTo(before);
    }

    @Test
    void shouldDeliverEverythingWrittenWhileTheBrokerWasDownOnce() {
        awaitTopicKnownToTheRelay();
        KafkaBroker.stop();
        List<String> keys = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                keys.add(createNote("outage-" + i));
            }
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> unsent(keys) == 3);
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("rasmi_outbox_pending");
            // the only instance leads, and says so: the cluster alerts when a service's leaders do not sum to 1
            assertThat(metrics).containsPattern("(?m)^rasmi_outbox_leader(\\{[^}]*\\})? 1\\.0$");
        } finally {
            KafkaBroker.start();
        }

        assertEachEventOnTheTopicOnce(keys);
    }

    @Test
    void shouldSendEachEventOnceWhenTheBrokerRestartsInTheMiddleOfSends() {
        awaitTopicKnownToTheRelay();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            keys.add(createNote("restart-" + i));
        }
        // the relay is sending them now: some acknowledged, some on the wire, some queued
        KafkaBroker.stop();
        KafkaBroker.start();

        assertEachEventOnTheTopicOnce(keys);
    }

    @Test
    void shouldNotSendAgainWhatAFrozenBrokerMayStillWrite() {
        awaitTopicKnownToTheRelay();
        List<String> keys = new ArrayList<>();
        KafkaBroker.freeze();
        try {
            for (int i = 0; i < 3; i++) {
                keys.add(createNote("frozen-" + i));
            }
            // longer than any wait of the relay: the broker holds the requests, and answers none of them
            await().during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(30)).until(() -> unsent(keys) == 3);
        } finally {
            KafkaBroker.thaw();
        }

        assertEachEventOnTheTopicOnce(keys);
    }

    @Test
    void shouldRelayBeforeTheStartupEventReachedEveryObserver() {
        assertThat(EarlyRelayPass.failure).isNull();
        assertThat(EarlyRelayPass.ran).isTrue();
    }

    /** Once a note went out, the producer knows the topic, so sends are queued rather than refused in an outage. */
    private static void awaitTopicKnownToTheRelay() {
        String key = createNote("warm-up");
        await().atMost(Duration.ofSeconds(90)).until(() -> unsent(List.of(key)) == 0);
    }

    private static long unsent(List<String> keys) {
        return QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.count("sentAt is null and messageKey in ?1", keys));
    }

    /** Once the relay marked every row of these keys sent, the topic holds each of their events exactly once. */
    private static void assertEachEventOnTheTopicOnce(List<String> keys) {
        await().atMost(Duration.ofSeconds(120)).until(() -> unsent(keys) == 0);
        Map<String, Long> expected = QuarkusTransaction.requiringNew()
                .call(() -> OutboxEvent.<OutboxEvent>list("messageKey in ?1", keys)).stream()
                .collect(Collectors.toMap(row -> row.eventId.toString(), row -> 1L));
        assertThat(expected).hasSize(keys.size());

        List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(60), record -> keys.contains(record.key()));
        records.forEach(record -> EventContract.assertValid(record.key(), record.value()));
        Map<String, Long> delivered = records.stream()
                .collect(Collectors.groupingBy(record -> EventCodec.read(record.value()).id(), Collectors.counting()));
        assertThat(delivered).as("times each event id is on the topic").isEqualTo(expected);
    }
}
