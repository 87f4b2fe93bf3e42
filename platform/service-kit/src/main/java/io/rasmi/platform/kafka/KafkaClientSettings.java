package io.rasmi.platform.kafka;

import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.common.annotation.Identifier;

/**
 * How the kit's own Kafka clients (the outbox relay's producer, the topic set-up) reach the broker: the same
 * {@code kafka.*} settings the messaging channels get (bootstrap servers, and in a cluster {@code security.protocol},
 * {@code sasl.*} and {@code ssl.*} from the environment, e.g. {@code KAFKA_SASL_JAAS_CONFIG}), so a broker that
 * requires authentication takes every client of the service, not only its consumers.
 */
@ApplicationScoped
public class KafkaClientSettings {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> defaults;

    /** The connection settings; each client adds its own (serialisers, acks, timeouts, client id). */
    public Properties connection() {
        Properties settings = new Properties();
        defaults.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.startsWith("security.") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
