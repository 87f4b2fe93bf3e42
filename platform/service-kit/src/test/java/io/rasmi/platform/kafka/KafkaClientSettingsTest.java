package io.rasmi.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    @Test
    void shouldGiveTheKitsClientsTheBrokerAddressAndItsSecuritySettings() {
        KafkaClientSettings settings = new KafkaClientSettings();
        settings.defaults = Map.of(
                "bootstrap.servers", "rasmi-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.type", "PEM",
                "health-timeout", "10s",
                "devservices.enabled", "false");

        assertThat(settings.connection()).containsOnlyKeys("bootstrap.servers", "security.protocol",
                "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.type");
    }
}
