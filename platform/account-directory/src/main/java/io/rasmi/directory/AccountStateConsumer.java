package io.rasmi.directory;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.events.AccountState;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.platform.inbox.UnprocessableEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/**
 * Builds the directory from the compacted topic {@code rasmi.account.state.v1}, which holds the newest state of
 * every account. Each start of the service reads it from the beginning: the channel's consumer group is new with
 * each process ({@code quarkus.uuid}) and starts at the earliest offset, and it commits nothing. So a service started
 * a year after the accounts were made, or with its database wiped, knows every account; one whose database is
 * intact reads the same records again, which the versions make harmless. The topic holds one record per account
 * after compaction, so the reading is short. Each replica reads all of it; the account locks keep them apart.
 *
 * <p>No inbox here: a state record is applied by version, so a copy or a replay changes nothing, and the inbox of
 * a database that lost its accounts but kept its inbox must not stop the rebuild. A record that breaks its
 * contract goes to {@code rasmi.account.state.v1.dlq}.
 */
@ApplicationScoped
public class AccountStateConsumer {

    static final String CHANNEL = "account-state";
    private static final Logger LOG = Logger.getLogger(AccountStateConsumer.class);

    @Inject
    AccountDirectory directory;

    @Inject
    KafkaClientService kafka;

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void onAccountState(ConsumerRecord<String, String> record) {
        List<String> violations = EventContract.validate(record.key(), record.value());
        if (!violations.isEmpty()) {
            throw new UnprocessableEvent(String.join("; ", violations));
        }
        CloudEvent event = EventCodec.read(record.value());
        if (event.eventType().orElseThrow() != EventType.ACCOUNT_STATE) {
            LOG.debugf("Event type %s does not belong on the state topic", event.type());
            return;
        }
        directory.applyState(EventCodec.payload(event, AccountState.class), event.time());
    }

    /**
     * Reads the state topic again from its beginning, as a start of the service does; for an operator who wiped
     * the directory while the service ran. Answers the partitions rewound (none before the channel is assigned).
     */
    public Set<TopicPartition> rebuild() {
        var consumer = kafka.<String, String>getConsumer(CHANNEL);
        Set<TopicPartition> partitions = consumer.getAssignments().await().atMost(Duration.ofSeconds(30));
        consumer.seekToBeginning(partitions).await().atMost(Duration.ofSeconds(30));
        LOG.infof("Reading %s again from the beginning of %s", EventType.ACCOUNT_STATE.topic(), partitions);
        return partitions;
    }
}
