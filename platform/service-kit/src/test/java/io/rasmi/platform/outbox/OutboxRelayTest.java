package io.rasmi.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
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
    void shouldDeliverEverythingWrittenWhileTheBrokerWasDown() {
        KafkaBroker.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(createNote("outage-" + i));
            }
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> QuarkusTransaction
                    .requiringNew().call(() -> OutboxEvent.count("sentAt is null and messageKey in ?1", ids)) == 3);
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("rasmi_outbox_pending");
        } finally {
            KafkaBroker.start();
        }

        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(90)).until(() -> {
            records.clear();
            records.addAll(KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS, Duration.ofSeconds(10),
                    record -> ids.contains(record.key())));
            return records.size() >= ids.size();
        });

        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
        records.forEach(record -> EventContract.assertValid(record.key(), record.value()));
    }
}
