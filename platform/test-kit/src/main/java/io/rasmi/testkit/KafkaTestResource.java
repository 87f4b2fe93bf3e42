package io.rasmi.testkit;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application at the JVM's one {@link KafkaBroker}, starting it (or starting it again
 * after a test's {@link KafkaBroker#stop()}) as needed. Returns {@code kafka.bootstrap.servers}, which the Kafka
 * client, SmallRye Reactive Messaging and Kafka Streams extensions all read. Stop leaves the broker running for
 * the next application start; it ends with the JVM.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", KafkaBroker.start());
        return config;
    }

    @Override
    public void stop() {
        // the broker is shared by every application start of this JVM
    }
}
