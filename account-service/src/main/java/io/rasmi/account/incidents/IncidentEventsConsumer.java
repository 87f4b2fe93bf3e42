package io.rasmi.account.incidents;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.rasmi.account.lifecycle.AccountLifecycle;
import io.rasmi.account.registry.OfficialAccount;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentConfirmed;
import io.rasmi.events.IncidentReported;
import io.rasmi.events.IncidentType;
import io.rasmi.platform.inbox.Inbox;
import io.rasmi.platform.locking.RecordLocks;
import io.smallrye.common.annotation.Blocking;

/**
 * Freezes breached accounts: an incident of type ACCOUNT_COMPROMISE or UNAUTHORIZED_POST puts the accounts it names
 * into COMPROMISED, so the public lookup warns citizens at once; one only suspected (opened by a signal, not
 * reported by a person) freezes nothing until the IT officers confirm it ({@code io.rasmi.incident.confirmed.v1},
 * sent when they triage it), which freezes as a report does. Only the incident's own entity's accounts are
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

    @Inject
    RecordLocks recordLocks;

    @Incoming("incident-events")
    @Blocking
    @Transactional
    public void onIncidentEvent(ConsumerRecord<String, String> record) {
        inbox.firstDelivery(CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == EventType.INCIDENT_REPORTED) {
            IncidentReported incident = EventCodec.payload(event, IncidentReported.class);
            if (!BREACHES.contains(incident.type())) {
                return;
            }
            if (incident.suspectedOnly()) {
                // A signal (a session from an unknown device) is for the IT officers to triage: telling citizens the
                // account is compromised on a suspicion would alarm them for what may be the admin's new laptop.
                // Their triage confirms it (io.rasmi.incident.confirmed.v1, below).
                LOG.debugf("Incident %s is only suspected; no account frozen", incident.incidentId());
                return;
            }
            freeze(incident.incidentId(), incident.entity(), incident.accountIds(), "Incident "
                    + incident.incidentId() + " (" + incident.type() + ", " + incident.severity()
                    + ") reported the account breached");
        } else if (type == EventType.INCIDENT_CONFIRMED) {
            IncidentConfirmed incident = EventCodec.payload(event, IncidentConfirmed.class);
            if (BREACHES.contains(incident.type())) {
                freeze(incident.incidentId(), incident.entity(), incident.accountIds(), "Incident "
                        + incident.incidentId() + " (" + incident.type() + ", " + incident.severity()
                        + ") confirmed the account breached (" + incident.determination() + ")");
            }
        } else {
            LOG.tracef("Event type %s is not for the account lifecycle", event.type());
        }
    }

    /** Puts the named accounts of the incident's own entity into COMPROMISED (those that may be). */
    private void freeze(UUID incidentId, String entity, List<UUID> accountIds, String reason) {
        // Every named account locked before the first change, in id order (the kit's lock order: records first,
        // the audit chain last). Locking one by one while the first change already held the audit chain
        // deadlocked with API writes, and the aborted delivery went to the dead-letter topic with nothing frozen.
        List<OfficialAccount> accounts = recordLocks.inIdOrder(OfficialAccount.class,
                new LinkedHashSet<>(accountIds), "entityCode = :entity", Map.of("entity", entity));
        Set<UUID> found = new HashSet<>();
        for (OfficialAccount account : accounts) {
            found.add(account.id);
            lifecycle.compromiseOnIncident(account, reason);
        }
        for (UUID accountId : accountIds) {
            if (!found.contains(accountId)) {
                // An id of another entity's account, or of none: an incident may only freeze its own entity's.
                LOG.warnf("Incident %s of %s names account %s, which is not one of that entity's; ignored",
                        incidentId, entity, accountId);
            }
        }
    }
}
