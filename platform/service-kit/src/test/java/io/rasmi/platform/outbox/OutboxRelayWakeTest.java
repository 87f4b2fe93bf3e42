package io.rasmi.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

/**
 * The relay is woken when a transaction that wrote outbox rows commits: with a poll interval of an hour, committed
 * events still reach Kafka within seconds, so only the wake can have sent them.
 */
@QuarkusTest
@TestProfile(OutboxRelayWakeTest.HourlyPoll.class)
class OutboxRelayWakeTest {

    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("rasmi.outbox.poll-interval", "1h");
        }
    }

    private static String createNote(String title) {
        return given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token())
                .contentType(ContentType.JSON).body("{\"title\":\"" + title + "\"}")
                .post("/api/v1/test-notes")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldSendCommittedEventsWithoutWaitingForThePoll() {
        // Several commits one after another: each wakes the relay, none waits for the hourly poll.
        for (int i = 0; i < 3; i++) {
            String id = createNote("woken " + i);

            List<ConsumerRecord<String, String>> records = KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS,
                    Duration.ofSeconds(20), record -> id.equals(record.key()));

            assertThat(records).as("event of note %d sent within 20 s although the relay polls hourly", i)
                    .hasSize(1);
        }
    }
}
