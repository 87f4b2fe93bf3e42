package io.rasmi.incident.reach;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.events.AccountReach;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.platform.inbox.UnprocessableEvent;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps each account's follower count from kpi-service's compacted {@code rasmi.kpi.account-reach.v1}, as the
 * staff directory does with the staff state: each start reads it from the beginning (a consumer group of its own
 * per process, earliest offset, nothing committed), and figures apply by version, so reading them again changes
 * nothing and a wiped table is rebuilt. A record that breaks its contract goes to the topic's {@code .dlq}.
 */
@ApplicationScoped
public class AccountReachConsumer {

    static final String CHANNEL = "account-reach";
    private static final Logger LOG = Logger.getLogger(AccountReachConsumer.class);

    @Inject
    AccountReaches reaches;

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void onAccountReach(ConsumerRecord<String, String> record) {
        List<String> violations = EventContract.validate(record.key(), record.value());
        if (!violations.isEmpty()) {
            throw new UnprocessableEvent(String.join("; ", violations));
        }
        CloudEvent event = EventCodec.read(record.value());
        if (event.eventType().orElseThrow() != EventType.KPI_ACCOUNT_REACH) {
            LOG.debugf("Event type %s does not belong on the account reach topic", event.type());
            return;
        }
        reaches.apply(EventCodec.payload(event, AccountReach.class));
    }
}
