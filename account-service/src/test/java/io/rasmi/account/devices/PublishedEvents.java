package io.rasmi.account.devices;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/** The account events on Kafka, read back for assertions. */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /** The events of {@code type} about the account; waits until at least one came (or 30 s). */
    public static List<ConsumerRecord<String, String>> of(String accountId, String type) {
        return KafkaTestConsumer.records(Topics.ACCOUNT_EVENTS, Duration.ofSeconds(30),
                record -> accountId.equals(record.key()) && type.equals(EventCodec.read(record.value()).type()));
    }

    /**
     * The events of {@code type} about the account once there are at least {@code count} of them (the relay sends
     * asynchronously, so a read can come before the last of them); fails after 30 s with fewer.
     */
    public static List<ConsumerRecord<String, String>> atLeast(String accountId, String type, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, String>> records = of(accountId, type);
        while (records.size() < count && System.nanoTime() < deadline) {
            records = of(accountId, type);
        }
        if (records.size() < count) {
            throw new AssertionError("Expected " + count + " " + type + " events about " + accountId + ", got "
                    + records.size());
        }
        return records;
    }

    public static CloudEvent read(ConsumerRecord<String, String> record) {
        return EventCodec.read(record.value());
    }

    /** Puts the account in a state the lifecycle would have brought it to (that API is not part of these tests). */
    public static void setStatus(String accountId, AccountStatus status) {
        QuarkusTransaction.requiringNew().run(() -> OfficialAccount.update("status = ?1 where id = ?2", status,
                UUID.fromString(accountId)));
    }
}
