package io.rasmi.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.incident.cert.StixIds;
import io.rasmi.testkit.KafkaBroker;

/**
 * G6.j must hold when Kafka does not: a breach reported while the broker is down is accepted at once, and its bundle
 * reaches the national CERT's topic, once, when the broker is back (the feed is an outbox).
 */
@QuarkusTest
class BrokerOutageReportTest {

    @Test
    void shouldAcceptAReportWhileTheBrokerIsDownAndTellTheCertOnceItIsBack() {
        UUID account = Fixtures.account("moh", false);
        String id;
        KafkaBroker.stop();
        try {
            id = Callers.itSecurity("moh").body(Fixtures.report("ACCOUNT_COMPROMISE", account))
                    .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        } finally {
            KafkaBroker.start();
        }

        String stixId = StixIds.incident(UUID.fromString(id));
        List<ConsumerRecord<String, String>> bundles = await().atMost(Duration.ofSeconds(120)).until(
                () -> KafkaTestRecords.matching(Topics.CERT_INCIDENTS, stixId), r -> !r.isEmpty());
        // read again once caught up: the relay sent it once, not once per retry
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .until(() -> KafkaTestRecords.matching(Topics.CERT_INCIDENTS, stixId).size() == 1);
        EventContract.assertValid(bundles.get(0).key(), bundles.get(0).value());
        assertThat(bundles.get(0).key()).isEqualTo("moh");
        Callers.itSecurity("moh").get("/api/v1/incidents/" + id).then().statusCode(200);
    }

    /** The records of a topic whose value names {@code text}, as far as the consumer catches up. */
    private static final class KafkaTestRecords {
        static List<ConsumerRecord<String, String>> matching(String topic, String text) {
            return io.rasmi.testkit.KafkaTestConsumer.records(topic, Duration.ofSeconds(10),
                    r -> r.value().contains(text));
        }
    }
}
