package io.rasmi.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @AfterEach
    void brokerIsBack() {
        KafkaBroker.start();
    }

    @Test
    void deliversRecordsAndSurvivesAnOutage() throws Exception {
        Map<String, String> config = new KafkaTestResource().start();
        String bootstrap = config.get("kafka.bootstrap.servers");
        assertEquals(KafkaBroker.bootstrapServers(), bootstrap);
        assertTrue(bootstrap.startsWith("127.0.0.1:"), bootstrap);
        String topic = "kit.test." + UUID.randomUUID();

        try (KafkaProducer<String, String> patient = producer(bootstrap, 120_000, 60_000)) {
            patient.send(new ProducerRecord<>(topic, "k1", "before the outage")).get(30, TimeUnit.SECONDS);
            assertEquals("before the outage",
                    KafkaTestConsumer.awaitRecord(topic, Duration.ofSeconds(30), r -> "k1".equals(r.key())).value());

            KafkaBroker.stop();
            assertFalse(KafkaBroker.isRunning());
            assertEquals(-1, KafkaBroker.pid());

            try (KafkaProducer<String, String> impatient = producer(bootstrap, 3_000, 2_000)) {
                Future<RecordMetadata> refused = impatient.send(new ProducerRecord<>(topic, "k0", "lost"));
                try {
                    refused.get(30, TimeUnit.SECONDS);
                    fail("a send to a stopped broker succeeded");
                } catch (ExecutionException e) {
                    assertInstanceOf(TimeoutException.class, e.getCause());
                }
            }
            // send() itself waits for the partition's metadata while the broker is away, hence the other thread
            CompletableFuture<RecordMetadata> pending = CompletableFuture.supplyAsync(() -> {
                try {
                    return patient.send(new ProducerRecord<>(topic, "k2", "during the outage")).get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(1_000);
            assertFalse(pending.isDone(), "nothing can be acknowledged while the broker is down");

            assertEquals(bootstrap, KafkaBroker.start(), "the broker comes back on the same port");
            pending.get(60, TimeUnit.SECONDS);
        }

        assertEquals("during the outage",
                KafkaTestConsumer.awaitRecord(topic, Duration.ofSeconds(30), r -> "k2".equals(r.key())).value());
        List<ConsumerRecord<String, String>> all = KafkaTestConsumer.allRecords(topic, Duration.ofSeconds(30));
        assertEquals(List.of("k1", "k2"), all.stream().map(ConsumerRecord::key).toList(), "the data survived the restart");
    }

    @Test
    void brokerIsNotOnTheTestClasspath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("kafka.Kafka"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("scala.Option"));
        assertTrue(KafkaBroker.isRunning() || KafkaBroker.start() != null);
    }

    @Test
    void consumerReturnsNothingForAbsentRecords() {
        String topic = "kit.empty." + UUID.randomUUID();
        long begin = System.nanoTime();
        assertTrue(KafkaTestConsumer.records(topic, Duration.ofSeconds(3), r -> true).isEmpty());
        assertTrue(System.nanoTime() - begin >= Duration.ofSeconds(3).toNanos());
    }

    @Test
    void shouldQuoteTheEndOfTheBrokersLogWhenItFailsToStart(@TempDir Path directory) throws Exception {
        Path log = directory.resolve("kafka-broker.log");
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 100; i++) {
            lines.append("line ").append(i).append('\n');
        }
        Files.writeString(log, lines);
        // a log cut in the middle of a character (the broker killed while writing) is still quoted
        Files.write(log, new byte[] {'c', 'u', 't', ' ', (byte) 0xD8}, StandardOpenOption.APPEND);

        String tail = KafkaBroker.tail(log, KafkaBroker.LOG_TAIL_LINES);

        List<String> quoted = tail.lines().toList();
        assertEquals(KafkaBroker.LOG_TAIL_LINES, quoted.size(), tail);
        assertEquals("line 62", quoted.get(0));
        assertTrue(quoted.get(quoted.size() - 1).startsWith("cut "), tail);
        assertEquals("(no such file)", KafkaBroker.tail(directory.resolve("absent.log"), 5));
        Files.writeString(directory.resolve("empty.log"), "");
        assertEquals("(empty)", KafkaBroker.tail(directory.resolve("empty.log"), 5));
    }

    private static KafkaProducer<String, String> producer(String bootstrap, int deliveryTimeoutMs, int maxBlockMs) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(deliveryTimeoutMs, 30_000));
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }
}
