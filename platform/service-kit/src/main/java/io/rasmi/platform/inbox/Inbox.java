package io.rasmi.platform.inbox;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.EventType;

/**
 * Makes a consumer idempotent: the event id is recorded in the same transaction as the consumer's effect, and a
 * redelivered id is skipped. An event that breaks its contract is refused with {@link UnprocessableEvent}, which
 * the messaging layer routes to the topic's dead-letter topic with the reason.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    /**
     * {@link #firstDelivery} for a consumer that takes only {@code types} from a topic others read too: a record that
     * claims another type, or is no JSON at all, is not its business and is passed over, not recorded nor refused, so
     * that the consumer it is for records it, or dead-letters it, once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CloudEvent> firstDeliveryOf(Set<EventType> types, String consumer, String key, String value) {
        return claimsOneOf(types, value) ? firstDelivery(consumer, key, value) : Optional.empty();
    }

    private static boolean claimsOneOf(Set<EventType> types, String value) {
        if (value == null) {
            return false;
        }
        try {
            JsonNode type = JSON.readTree(value).path("type");
            return types.stream().anyMatch(claimed -> claimed.type().equals(type.asText()));
        } catch (Exception unreadable) {
            return false;
        }
    }

    /**
     * Reads and checks an incoming CloudEvent; answers it only on its first delivery to this consumer.
     *
     * @param consumer a stable name of the consuming handler, for example {@code account-directory}
     * @param key the Kafka record key, which must be the event's subject
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<CloudEvent> firstDelivery(String consumer, String key, String value) {
        List<String> violations = EventContract.validate(key, value);
        if (!violations.isEmpty()) {
            throw new UnprocessableEvent(String.join("; ", violations));
        }
        CloudEvent event = EventCodec.read(value);
        int recorded = entityManager.createNativeQuery(
                "insert into inbox_event (consumer, event_id, event_type, received_at) values (?1, ?2, ?3, now()) "
                        + "on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        if (recorded == 0) {
            LOG.debugf("Skipping event %s already processed by %s", event.id(), consumer);
            return Optional.empty();
        }
        return Optional.of(event);
    }
}
