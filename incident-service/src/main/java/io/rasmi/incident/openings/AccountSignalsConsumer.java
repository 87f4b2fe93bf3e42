package io.rasmi.incident.openings;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.rasmi.events.AccessAnomaly;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.ImpersonationReported;
import io.rasmi.events.IncidentType;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Opens incidents from account-service's breach signals: an access from no registered government device (G6.h2)
 * → ACCOUNT_COMPROMISE, determination {@code suspected}; an impersonation report (G6.l) → IMPERSONATION. Idempotent
 * through the inbox; an event that breaks its contract goes to {@code rasmi.account.events.v1.dlq}.
 */
@ApplicationScoped
public class AccountSignalsConsumer {

    static final String CONSUMER = "incident-openings";
    private static final Set<EventType> BREACH_SIGNALS = Set.of(EventType.ACCOUNT_ACCESS_ANOMALY,
            EventType.ACCOUNT_IMPERSONATION_REPORTED);

    @Inject
    Inbox inbox;

    @Inject
    EventOpenings openings;

    @Incoming("incident-openings")
    @Blocking
    @Transactional
    public void onAccountEvent(ConsumerRecord<String, String> record) {
        inbox.firstDeliveryOf(BREACH_SIGNALS, CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent event) {
        switch (event.eventType().orElseThrow()) {
            case ACCOUNT_ACCESS_ANOMALY -> {
                AccessAnomaly anomaly = EventCodec.payload(event, AccessAnomaly.class);
                openings.open(new EventOpenings.Signal(anomaly.entity(), IncidentType.ACCOUNT_COMPROMISE,
                        anomaly.accountId().toString(), anomaly.accountId(), "suspected", anomaly.sessionAt(),
                        "Session from a device that is not a registered government device (G6.h2)",
                        EventOpenings.facts("event", event.id(), "deviceFingerprint", anomaly.deviceFingerprint(),
                                "ipAddress", anomaly.ipAddress(), "location", anomaly.location(),
                                "sessionAt", anomaly.sessionAt())));
            }
            case ACCOUNT_IMPERSONATION_REPORTED -> {
                ImpersonationReported report = EventCodec.payload(event, ImpersonationReported.class);
                // One incident per impersonated account; without one, per impersonating account.
                String key = report.impersonatedAccountId() != null ? report.impersonatedAccountId().toString()
                        : report.platform() + ":" + report.handle().toLowerCase(Locale.ROOT);
                openings.open(new EventOpenings.Signal(report.entity(), IncidentType.IMPERSONATION, key,
                        report.impersonatedAccountId(), null, report.reportedAt(),
                        "Impersonating account " + report.handle() + " on " + report.platform() + " (G6.l)",
                        EventOpenings.facts("event", event.id(), "report", report.reportId(),
                                "platform", report.platform(), "handle", report.handle(),
                                "profileUrl", report.profileUrl()),
                        new EventOpenings.Impostor(report.platform(), report.handle(), report.profileUrl())));
            }
            default -> {
                // other account events are the account directory's, not breach signals
            }
        }
    }
}
