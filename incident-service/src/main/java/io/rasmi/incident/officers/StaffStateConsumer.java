package io.rasmi.incident.officers;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;
import io.rasmi.events.StaffSnapshot;
import io.rasmi.platform.inbox.UnprocessableEvent;
import io.smallrye.common.annotation.Blocking;

/**
 * Builds the staff directory from the compacted topic {@code rasmi.account.staff-state.v1}, which holds the newest
 * state of every member of every entity's social media unit. As the account directory does with the account state:
 * each start of the service reads it from the beginning (a consumer group of its own per process, earliest offset,
 * nothing committed), so a service started long after the staff was added, or with its database wiped, knows every
 * IT officer and head of unit. Snapshots apply by version, so reading them again changes nothing.
 *
 * <p>No inbox here, for the account directory's reason: an inbox that survived a wiped read model must not stop
 * the rebuild. A record that breaks its contract goes to {@code rasmi.account.staff-state.v1.dlq}.
 */
@ApplicationScoped
public class StaffStateConsumer {

    static final String CHANNEL = "staff-state";
    private static final Logger LOG = Logger.getLogger(StaffStateConsumer.class);

    @Inject
    StaffDirectory directory;

    @Incoming(CHANNEL)
    @Blocking
    @Transactional
    public void onStaffState(ConsumerRecord<String, String> record) {
        List<String> violations = EventContract.validate(record.key(), record.value());
        if (!violations.isEmpty()) {
            throw new UnprocessableEvent(String.join("; ", violations));
        }
        CloudEvent event = EventCodec.read(record.value());
        if (event.eventType().orElseThrow() != EventType.ACCOUNT_STAFF_STATE) {
            LOG.debugf("Event type %s does not belong on the staff state topic", event.type());
            return;
        }
        directory.apply(EventCodec.payload(event, StaffSnapshot.class));
    }
}
