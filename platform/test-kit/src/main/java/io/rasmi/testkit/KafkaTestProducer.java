package io.rasmi.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts a record on the test JVM's real broker ({@link KafkaBroker}) as another service's outbox relay would: a
 * structured CloudEvent with its {@code content-type} header, keyed as given; waits for the broker's acknowledgement.
 */
public final class KafkaTestProducer {

    private static final String CLOUD_EVENT = "application/cloudevents+json; charset=UTF-8";

    private KafkaTestProducer() {
    }

    public static void send(String topic, String key, String value) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", CLOUD_EVENT.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, interrupted);
        } catch (Exception failed) {
            throw new IllegalStateException("Could not send the test record to " + topic, failed);
        }
    }
}
