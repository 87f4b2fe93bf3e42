package io.rasmi.incident.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Topics;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;
import io.rasmi.testkit.KafkaBroker;
import io.rasmi.testkit.KafkaTestConsumer;

/**
 * The time from {@code POST /api/v1/incidents} to the report's STIX bundle read from the CERT topic by a real
 * consumer (issue 7: p99 under 300 ms). Reports are posted one at a time, so this measures latency, not throughput.
 * Outside the default run:
 * {@code ./mvnw -B -ntp -pl incident-service -am verify -Dtest.excludedGroups=none -Dgroups=benchmark
 * -Dtest=IncidentToCertBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi-lint.skip}
 */
@QuarkusTest
@Tag("benchmark")
class IncidentToCertBenchmark {

    private static final int WARM_UP = 50;
    private static final int REPORTS = 500;
    private static final double GOAL_P99_MS = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reports posted and not yet seen on the CERT topic, by incident id: completed with the receive time. */
    private final Map<String, CompletableFuture<Long>> awaited = new ConcurrentHashMap<>();

    @Test
    void printTheTimeFromAReportToItsBundleOnTheCertTopic() throws Exception {
        UUID account = Fixtures.account("moh", false);
        // The topic exists once the first bundle went out: the consumer is assigned its partitions after that.
        String first = Fixtures.reported("moh", "ACCOUNT_COMPROMISE", account);
        KafkaTestConsumer.awaitRecord(Topics.CERT_INCIDENTS, Duration.ofSeconds(60),
                r -> first.equals(incidentId(r.value())));
        AtomicBoolean running = new AtomicBoolean(true);
        CompletableFuture<Void> assigned = new CompletableFuture<>();
        Thread consumer = new Thread(() -> consume(running, assigned), "cert-bundle-consumer");
        consumer.start();
        try {
            assigned.get(60, TimeUnit.SECONDS);
            for (int i = 0; i < WARM_UP; i++) {
                reportAndAwait(account);
            }
            long[] nanos = new long[REPORTS];
            long started = System.nanoTime();
            for (int i = 0; i < REPORTS; i++) {
                nanos[i] = reportAndAwait(account);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Arrays.sort(nanos);
            double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
            double p50 = nanos[REPORTS / 2] / 1e6;
            double p99 = nanos[(int) Math.ceil(REPORTS * 0.99) - 1] / 1e6;
            System.out.printf("%nReport to CERT bundle (POST /api/v1/incidents to the record consumed from %s), %d "
                    + "reports one at a time after %d warm-up: p50 %.1f ms, p99 %.1f ms (goal p99 < %.0f ms: %s), "
                    + "mean %.1f ms, max %.1f ms; %.1f s in all%n", Topics.CERT_INCIDENTS, REPORTS, WARM_UP, p50, p99,
                    GOAL_P99_MS, p99 < GOAL_P99_MS ? "met" : "NOT met", mean, nanos[REPORTS - 1] / 1e6, seconds);
            assertThat(nanos[0]).isPositive();
        } finally {
            running.set(false);
            consumer.join(30_000);
        }
    }

    /** Posts one report and answers the nanoseconds until its bundle was consumed. */
    private long reportAndAwait(UUID account) throws Exception {
        long start = System.nanoTime();
        String id = Fixtures.reported("moh", "ACCOUNT_COMPROMISE", account);
        // The bundle may arrive before the response is read: the consumer then finds the entry it needs.
        CompletableFuture<Long> received = awaited.computeIfAbsent(id, k -> new CompletableFuture<>());
        long at = received.get(60, TimeUnit.SECONDS);
        awaited.remove(id);
        return at - start;
    }

    private void consume(AtomicBoolean running, CompletableFuture<Void> assigned) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = kafka.partitionsFor(Topics.CERT_INCIDENTS, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            kafka.assign(partitions);
            kafka.seekToEnd(partitions);
            partitions.forEach(kafka::position); // resolve the end now, before the first report
            assigned.complete(null);
            while (running.get()) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofMillis(100))) {
                    long at = System.nanoTime();
                    String id = incidentId(record.value());
                    if (id != null) {
                        awaited.computeIfAbsent(id, k -> new CompletableFuture<>()).complete(at);
                    }
                }
            }
        } catch (RuntimeException failed) {
            assigned.completeExceptionally(failed);
            awaited.values().forEach(f -> f.completeExceptionally(failed));
        }
    }

    /** The incident id of a CERT bundle: its incident object's first external reference. */
    private static String incidentId(String envelope) {
        try {
            for (JsonNode object : JSON.readTree(envelope).path("data").path("objects")) {
                if ("incident".equals(object.path("type").asText())) {
                    return object.path("external_references").path(0).path("external_id").asText(null);
                }
            }
            return null;
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }
}
