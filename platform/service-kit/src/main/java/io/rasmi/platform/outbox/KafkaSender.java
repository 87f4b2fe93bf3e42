package io.rasmi.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import io.rasmi.events.EventCodec;
import io.rasmi.platform.kafka.KafkaClientSettings;

/**
 * The relay's Kafka producer: idempotent and acks=all, so a retried send neither duplicates nor reorders a key's
 * records on the broker. Created on first use so a service starts even while the broker is down.
 * <p>
 * The producer retries a send until the broker answers (no delivery timeout to speak of): its own retries are
 * deduplicated by the broker, whereas a send the relay gave up on and sent again would be a second record. So a
 * future fails only when the broker refused the record for good, and then {@link #reset()} drops the producer.
 */
@ApplicationScoped
public class KafkaSender {

    static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    @Inject
    KafkaClientSettings clientSettings;

    private volatile Producer<String, String> producer;

    public Future<RecordMetadata> send(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.messageKey, event.envelope);
        record.headers().add("content-type", CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        String traceparent = EventCodec.read(event.envelope).traceparent();
        if (traceparent != null) {
            // where the messaging layer's tracing looks for the producer's context (W3C propagation in headers)
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        return producer().send(record);
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(settings());
                }
                current = producer;
            }
        }
        return current;
    }

    private Properties settings() {
        Properties settings = clientSettings.connection();
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        // send() never blocks a relay pass for long: without the topic's metadata it refuses (nothing queued)...
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        // ...but a queued record is retried until the broker takes it, across an outage and a restart of the broker.
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(Integer.MAX_VALUE));
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, "rasmi-outbox-relay");
        return settings;
    }

    /**
     * Closes the producer; the next send makes a new one. The relay calls it after a send failed for good and none
     * of its sends is unresolved, so that nothing of the failed producer is still queued when the row is sent again.
     */
    public synchronized void reset() {
        close();
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
