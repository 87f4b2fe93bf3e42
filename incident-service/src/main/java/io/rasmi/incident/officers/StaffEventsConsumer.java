package io.rasmi.incident.officers;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Keeps the staff directory current from account-service's staff events (added, changed, removed) on
 * {@code rasmi.account.events.v1}, through the kit's inbox: a redelivered event changes nothing, and each event's
 * snapshot applies by version like the state records. Other account events are not this consumer's and pass by.
 */
@ApplicationScoped
public class StaffEventsConsumer {

    static final String CONSUMER = "staff-directory";
    static final Set<EventType> STAFF_EVENTS = EnumSet.of(EventType.ACCOUNT_STAFF_ADDED,
            EventType.ACCOUNT_STAFF_CHANGED, EventType.ACCOUNT_STAFF_REMOVED);

    @Inject
    Inbox inbox;

    @Inject
    StaffDirectory directory;

    @Incoming("staff-events")
    @Blocking
    @Transactional
    public void onAccountEvent(ConsumerRecord<String, String> record) {
        // The other account events pass by without an inbox row, and so does what is not an event at all: the
        // account directory's consumer of this topic checks their contract and sends the broken ones to the DLQ once.
        if (!isStaffEvent(record.value())) {
            return;
        }
        inbox.firstDelivery(CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    private static boolean isStaffEvent(String value) {
        try {
            return EventCodec.read(value).eventType().filter(STAFF_EVENTS::contains).isPresent();
        } catch (RuntimeException notAnEvent) {
            return false;
        }
    }

    private void apply(CloudEvent event) {
        directory.apply(EventCodec.payload(event, StaffSnapshot.class));
    }
}
