package io.rasmi.directory;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.events.AccountRegistered;
import io.rasmi.events.AccountSnapshot;
import io.rasmi.events.AccountStatusChanged;
import io.rasmi.events.AccountUpdated;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps {@link KnownAccount} in step with account-service. Idempotent through the inbox; an event that breaks its
 * contract goes to {@code rasmi.account.events.v1.dlq}.
 */
@ApplicationScoped
public class AccountEventsConsumer {

    static final String CONSUMER = "account-directory";
    private static final Logger LOG = Logger.getLogger(AccountEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Incoming("account-events")
    @Blocking
    @Transactional
    public void onAccountEvent(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent event) {
        EventType type = EventType.fromType(event.type()).orElseThrow();
        switch (type) {
            case ACCOUNT_REGISTERED -> apply(EventCodec.payload(event, AccountRegistered.class), event.time());
            case ACCOUNT_UPDATED -> apply(EventCodec.payload(event, AccountUpdated.class), event.time());
            case ACCOUNT_STATUS_CHANGED -> {
                AccountStatusChanged changed = EventCodec.payload(event, AccountStatusChanged.class);
                KnownAccount account = KnownAccount.findById(changed.accountId());
                if (account == null) {
                    // The registration is older than this consumer's history; it will come with the next full event.
                    LOG.debugf("Status change for unknown account %s ignored", changed.accountId());
                } else if (!account.isNewerThan(event.time())) {
                    account.status = changed.to();
                    account.lastEventAt = event.time();
                }
            }
            default -> LOG.tracef("Event type %s is not for the account directory", event.type());
        }
    }

    /** Registered and updated events both carry the whole account: take it unless a newer event came first. */
    private void apply(AccountSnapshot snapshot, Instant eventTime) {
        KnownAccount account = KnownAccount.findById(snapshot.accountId());
        boolean isNew = account == null;
        if (isNew) {
            account = new KnownAccount();
            account.id = snapshot.accountId();
        } else if (account.isNewerThan(eventTime)) {
            return;
        }
        account.entity = snapshot.entity();
        account.platform = snapshot.platform();
        account.handle = snapshot.handle();
        account.profileUrl = snapshot.profileUrl();
        account.displayNameAr = snapshot.displayNameAr();
        account.displayNameEn = snapshot.displayNameEn();
        account.status = snapshot.status();
        account.lastEventAt = eventTime;
        if (isNew) {
            account.persist();
        }
    }
}
