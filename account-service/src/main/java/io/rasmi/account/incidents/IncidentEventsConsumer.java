package io.rasmi.account.incidents;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.account.lifecycle.AccountLifecycle;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentReported;
import io.rasmi.events.IncidentType;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Freezes breached accounts: an incident of type ACCOUNT_COMPROMISE or UNAUTHORIZED_POST puts the accounts it names
 * into COMPROMISED, so the public lookup warns citizens at once. Only the incident's own entity's accounts are
 * touched. Idempotent through the inbox; an event that breaks its contract goes to
 * {@code rasmi.incident.events.v1.dlq}.
 */
@ApplicationScoped
public class IncidentEventsConsumer {

    static final String CONSUMER = "account-service-incidents";
    private static final Set<IncidentType> BREACHES = EnumSet.of(IncidentType.ACCOUNT_COMPROMISE,
            IncidentType.UNAUTHORIZED_POST);
    private static final Logger LOG = Logger.getLogger(IncidentEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    AccountLifecycle lifecycle;

    @Incoming("incident-events")
    @Blocking
    @Transactional
    public void onIncidentEvent(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent event) {
        if (event.eventType().orElse(null) != EventType.INCIDENT_REPORTED) {
            LOG.tracef("Event type %s is not for the account lifecycle", event.type());
            return;
        }
        IncidentReported incident = EventCodec.payload(event, IncidentReported.class);
        if (!BREACHES.contains(incident.type())) {
            return;
        }
        String reason = "Incident " + incident.incidentId() + " (" + incident.type() + ", " + incident.severity()
                + ") reported the account breached";
        for (UUID accountId : incident.accountIds()) {
            // Locked, so that a change through the API at the same moment waits instead of failing this delivery.
            OfficialAccount account = OfficialAccount.find("id = ?1 and entityCode = ?2", accountId, incident.entity())
                    .<OfficialAccount>withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional().orElse(null);
            if (account == null) {
                // An id of another entity's account, or of none: an incident may only freeze its own entity's.
                LOG.warnf("Incident %s of %s names account %s, which is not one of that entity's; ignored",
                        incident.incidentId(), incident.entity(), accountId);
                continue;
            }
            lifecycle.compromiseOnIncident(account, reason);
        }
    }
}
