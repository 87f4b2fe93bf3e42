package io.rasmi.directory;

import java.time.Instant;

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
            case ACCOUNT_REGISTERED -> {
                AccountRegistered registered = EventCodec.payload(event, AccountRegistered.class);
                upsert(registered.accountId(), event.time(), account -> {
                    account.entity = registered.entity();
                    account.platform = registered.platform();
                    account.handle = registered.handle();
                    account.profileUrl = registered.profileUrl();
                    account.displayNameAr = registered.displayNameAr();
                    account.displayNameEn = registered.displayNameEn();
                    account.status = registered.status();
                });
            }
            case ACCOUNT_UPDATED -> {
                AccountUpdated updated = EventCodec.payload(event, AccountUpdated.class);
                upsert(updated.accountId(), event.time(), account -> {
                    account.entity = updated.entity();
                    account.platform = updated.platform();
                    account.handle = updated.handle();
                    account.profileUrl = updated.profileUrl();
                    account.displayNameAr = updated.displayNameAr();
                    account.displayNameEn = updated.displayNameEn();
                    account.status = updated.status();
                });
            }
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

    private void upsert(java.util.UUID id, Instant eventTime, java.util.function.Consumer<KnownAccount> fill) {
        KnownAccount account = KnownAccount.findById(id);
        if (account == null) {
            account = new KnownAccount();
            account.id = id;
            fill.accept(account);
            account.lastEventAt = eventTime;
            account.persist();
        } else if (!account.isNewerThan(eventTime)) {
            fill.accept(account);
            account.lastEventAt = eventTime;
        }
    }
}
