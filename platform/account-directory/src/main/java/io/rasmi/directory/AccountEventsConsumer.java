package io.rasmi.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.AccountUpdated;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps {@link KnownAccount} in step with account-service's events, between the state records that
 * {@link AccountStateConsumer} reads. Idempotent through the inbox; an event that breaks its contract goes to
 * {@code rasmi.account.events.v1.dlq}. The rules are {@link AccountDirectory}'s.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    static final String CONSUMER = "account-directory";
    private static final Logger LOG = Logger.getLogger(AccountEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    AccountDirectory directory;

    @Incoming("account-events")
    @Blocking
    @Transactional
    public void onAccountEvent(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent event) {
        EventType type = EventType.fromType(event.type()).orElseThrow();
        switch (type) {
            case ACCOUNT_REGISTERED -> directory.applySnapshot(EventCodec.payload(event, AccountRegistered.class),
                    event.time());
            case ACCOUNT_UPDATED -> directory.applySnapshot(EventCodec.payload(event, AccountUpdated.class),
                    event.time());
            case ACCOUNT_STATUS_CHANGED -> directory.applyStatus(EventCodec.payload(event, AccountStatusChanged.class),
                    event.time());
            default -> LOG.tracef("Event type %s is not for the account directory", event.type());
        }
    }
}
