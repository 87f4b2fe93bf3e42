package io.rasmi.account.verification;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.events.AccountSnapshot;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;

/**
 * Keeps {@link PublicLookup}'s answers fresh from the service's own account events, whichever feature changed the
 * account: registered, updated and status-changed drop the answers about that account. Every instance keeps its
 * own answers, so every instance reads every event: each has a consumer group of its own, reading from the time
 * it joined; when its partitions are assigned it drops everything, so that nothing cached before it listened
 * can outlive a change it did not see. Dropping answers is idempotent, so a redelivered event needs no inbox.
 */
@ApplicationScoped
public class PublicAnswerRefresher {

    static final String CHANNEL = "public-lookup-account-events";
    private static final Logger LOG = Logger.getLogger(PublicAnswerRefresher.class);

    @Inject
    PublicLookup lookup;

    @Incoming(CHANNEL)
    public void onAccountEvent(ConsumerRecord<String, String> record) {
        try {
            apply(EventCodec.read(record.value()));
        } catch (RuntimeException unreadable) {
            // Not knowing what changed, forget everything rather than keep a stale answer.
            LOG.warnf("Unreadable event at %s-%d@%d, dropping every public answer: %s", record.topic(),
                    record.partition(), record.offset(), unreadable.getMessage());
            lookup.forgetAll();
        }
    }

    void apply(CloudEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == null) {
            return;
        }
        switch (type) {
            case ACCOUNT_REGISTERED, ACCOUNT_UPDATED -> {
                AccountSnapshot snapshot = (AccountSnapshot) EventCodec.payload(event, type.payloadType());
                lookup.accountChanged(snapshot.accountId(), snapshot.entity(),
                        AccountAddress.of(snapshot.platform(), snapshot.handle()));
            }
            case ACCOUNT_STATUS_CHANGED -> {
                AccountStatusChanged changed = EventCodec.payload(event, AccountStatusChanged.class);
                lookup.accountChanged(changed.accountId(), changed.entity(), null);
            }
            default -> {
                // Role holders, passwords, reviews and the like are not part of the public answers.
            }
        }
    }

    /** Drops every answer when this instance starts (again) to listen; see the class comment. */
    @ApplicationScoped
    @Identifier(Rebalance.NAME)
    public static class Rebalance implements KafkaConsumerRebalanceListener {

        public static final String NAME = "public-lookup-rebalance";

        @Inject
        PublicLookup lookup;

        private volatile boolean listening;

        @Override
        public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            lookup.forgetAll();
            listening = !partitions.isEmpty();
        }

        @Override
        public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
            listening = false;
        }

        /** Whether this instance is assigned the account events, so its answers follow every change. */
        public boolean listening() {
            return listening;
        }
    }
}
