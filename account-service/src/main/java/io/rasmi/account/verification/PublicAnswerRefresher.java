package io.rasmi.account.verification;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.rasmi.events.AccountSnapshot;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Keeps the {@link PublicRegister} held in memory fresh from the service's own account events, whichever feature
 * changed the account: on registered, updated and status-changed, the account is read again from the database and
 * kept if newer. Every instance keeps its own register, so every instance reads every event: each has a consumer
 * group of its own, reading from the time it joined.
 *
 * <p>Load, then follow, without a gap: when its partitions are assigned, an instance first fixes where it will read
 * from (the end of the topic, now), then reads the whole register again. A change committed before that point is
 * in what it reads; one committed after has its event after that point. Readings are kept only when newer (by the
 * account's versions), so the events that arrive while the register is read do no harm, in whatever order.
 * Reading an account again is idempotent, so a redelivered event needs no inbox.
 */
@ApplicationScoped
public class PublicAnswerRefresher {

    static final String CHANNEL = "public-lookup-account-events";
    private static final Logger LOG = Logger.getLogger(PublicAnswerRefresher.class);

    @Inject
    PublicRegister register;

    @Incoming(CHANNEL)
    @Blocking
    public void onAccountEvent(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = EventCodec.read(record.value());
        } catch (RuntimeException unreadable) {
            // Not knowing what changed, read everything again rather than keep a stale answer.
            LOG.warnf("Unreadable event at %s-%d@%d, reading the public register again: %s", record.topic(),
                    record.partition(), record.offset(), unreadable.getMessage());
            register.load();
            return;
        }
        apply(event);
    }

    void apply(CloudEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == null) {
            return;
        }
        switch (type) {
            case ACCOUNT_REGISTERED, ACCOUNT_UPDATED -> register.refresh(
                    ((AccountSnapshot) EventCodec.payload(event, type.payloadType())).accountId());
            case ACCOUNT_STATUS_CHANGED -> register.refresh(
                    EventCodec.payload(event, AccountStatusChanged.class).accountId());
            default -> {
                // Role holders, passwords, reviews and the like are not part of the public answers.
            }
        }
    }

    /** A safety net for changes that come with no account event (an entity renamed): read everything again. */
    @Scheduled(every = "${account.public-lookup.answers.max-age:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "public-register-reload")
    void reloadNow() {
        register.load();
    }

    /** Reads the whole register again when this instance starts (again) to listen; see the class comment. */
    @ApplicationScoped
    @Identifier(Rebalance.NAME)
    public static class Rebalance implements KafkaConsumerRebalanceListener {

        public static final String NAME = "public-lookup-rebalance";

        @Inject
        PublicRegister register;

        private volatile boolean listening;

        @Override
        public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            try {
                // Fix the starting offsets before reading, so that no change falls between the two.
                partitions.forEach(consumer::position);
                register.load();
            } catch (RuntimeException failed) {
                // The scheduled reload and the next event make up for it; the lookup keeps what it has.
                LOG.errorf("The public register could not be read on assignment: %s", failed.getMessage());
            }
            listening = !partitions.isEmpty();
        }

        @Override
        public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            listening = false;
        }

        /** Whether this instance is assigned the account events, so its register follows every change. */
        public boolean listening() {
            return listening;
        }
    }
}
