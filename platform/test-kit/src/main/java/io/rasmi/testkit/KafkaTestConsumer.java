package io.rasmi.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what was published, for assertions: each call uses a new consumer in a new consumer group, reads the topic
 * from its beginning ({@code read_committed}) and commits nothing, so calls do not disturb each other or the
 * services' own consumers. Keys and values as UTF-8 strings.
 *
 * <pre>{@code
 * ConsumerRecord<String, String> event = KafkaTestConsumer.awaitRecord("rasmi.account.events.v1",
 *         Duration.ofSeconds(10), r -> r.key().equals(accountId));
 * }</pre>
 */
public final class KafkaTestConsumer {

    private KafkaTestConsumer() {
    }

    /**
     * The records of {@code topic} that match {@code filter}. Returns as soon as at least one matched and the
     * consumer has caught up with the end of the topic, or, with what matched so far (maybe nothing), when
     * {@code timeout} is over; so asking for something that must not be there costs the whole timeout.
     */
    public static List<ConsumerRecord<String, String>> records(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> filter) {
        return read(topic, timeout, filter, false);
    }

    /** The first record of {@code topic} that matches {@code filter}; fails the test if none came within {@code timeout}. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> filter) {
        List<ConsumerRecord<String, String>> matched = read(topic, timeout, filter, true);
        if (matched.isEmpty()) {
            throw new AssertionError("No record matching the filter on topic " + topic + " within " + timeout);
        }
        return matched.get(0);
    }

    /** Every record of {@code topic} there is once the consumer caught up (or when {@code timeout} is over). */
    public static List<ConsumerRecord<String, String>> allRecords(String topic, Duration timeout) {
        return read(topic, timeout, record -> true, false, true);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> filter, boolean firstOnly) {
        return read(topic, timeout, filter, firstOnly, false);
    }

    private static List<ConsumerRecord<String, String>> read(String topic, Duration timeout,
            Predicate<ConsumerRecord<String, String>> filter, boolean firstOnly, boolean emptyIsAnswer) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "rasmi-test-kit-" + UUID.randomUUID());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "rasmi-test-kit-consumer");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());

        List<ConsumerRecord<String, String>> matched = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            boolean[] assigned = { false };
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    assigned[0] = !partitions.isEmpty();
                }
            });
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(record)) {
                        matched.add(record);
                        if (firstOnly) {
                            return matched;
                        }
                    }
                }
                if (assigned[0] && (!matched.isEmpty() || emptyIsAnswer) && caughtUp(consumer)) {
                    return matched;
                }
            }
        }
        return matched;
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer) {
        Set<TopicPartition> partitions = consumer.assignment();
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(5));
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition, Duration.ofSeconds(5)) < ends.getOrDefault(partition, 0L)) {
                return false;
            }
        }
        return true;
    }
}
