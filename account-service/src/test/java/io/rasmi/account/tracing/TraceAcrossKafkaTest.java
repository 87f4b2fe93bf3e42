package io.rasmi.account.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Callers;
import io.rasmi.account.Fixtures;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * One trace from the HTTP request through the outbox and the real broker to a consumer: the event carries the
 * request's W3C trace context as its {@code traceparent} (and the Kafka header of that name), and the consumer's
 * work is recorded in the same trace.
 */
@QuarkusTest
class TraceAcrossKafkaTest {

    @Inject
    RecordedSpans spans;

    @BeforeEach
    void registerDemoEntities() {
        Fixtures.registerDemoEntities();
    }

    @Test
    void shouldCarryTheRequestsTraceThroughTheOutboxAndKafkaToTheConsumer() {
        String traceId = randomHex(16);
        String callerSpanId = randomHex(8);

        String id = Callers.entityAdmin("moh").header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                .body(Fixtures.account(Fixtures.uniqueHandle(), "social@moh.gov.iq"))
                .post("/api/v1/accounts").then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), candidate -> id.equals(candidate.key()));
        CloudEvent event = EventCodec.read(record.value());
        assertThat(event.traceparent()).startsWith("00-" + traceId + "-").endsWith("-01");
        assertThat(event.traceparent()).doesNotContain(callerSpanId); // the service's own span, a child of the caller's
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .isEqualTo(event.traceparent());

        // account-service's public lookup consumes its own account events: that work joins the request's trace
        Awaitility.await("a consumer span in the request's trace").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(spans.ofTrace(traceId))
                        .anySatisfy(span -> assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER)));
    }

    @Test
    void shouldStartATraceOfItsOwnForACallerThatSentNone() {
        String id = Fixtures.proposeAccount("moh");
        CloudEvent event = EventCodec.read(KafkaTestConsumer.awaitRecord(Topics.ACCOUNT_EVENTS,
                Duration.ofSeconds(30), candidate -> id.equals(candidate.key())).value());
        assertThat(event.traceparent()).matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$");
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
