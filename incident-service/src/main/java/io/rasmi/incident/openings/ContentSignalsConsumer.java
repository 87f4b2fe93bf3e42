package io.rasmi.incident.openings;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.IncidentType;
import io.rasmi.events.PrivacyLeakDetected;
import io.rasmi.events.UnauthorizedPostDetected;
import io.rasmi.platform.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;

/**
 * Opens incidents from what content-service's corrections find (G7.5): an unauthorised post on an official account
 * → UNAUTHORIZED_POST; a post that exposes personal data (G8.5) → DATA_LEAK with personal data exposed. Both go to
 * notices and the CERT feed like any report. Idempotent through the inbox; an event of these types that breaks its
 * contract goes to {@code rasmi.content.events.v1.dlq}.
 *
 * <p>Determination: none, as for a report by a person, so neither is "suspected". A correction is opened by a member
 * of the unit who looked at the live post and said what it is; that is a person's finding, not a machine's signal
 * (an access from an unknown device, which may be the admin's new laptop, is opened {@code suspected}). So
 * account-service freezes the account of an unauthorised post at once (COMPROMISED: the public lookup warns citizens,
 * scheduled content waits), as G6.j and G7.5 ask; the IT officers clear it by closing the incident as a false
 * positive if the post turns out to be authorised after all. A DATA_LEAK freezes no account in any case.
 */
@ApplicationScoped
public class ContentSignalsConsumer {

    static final String CONSUMER = "incident-content-openings";
    private static final Set<EventType> BREACH_SIGNALS = Set.of(EventType.CONTENT_UNAUTHORIZED_POST_DETECTED,
            EventType.CONTENT_PRIVACY_LEAK_DETECTED);

    @Inject
    Inbox inbox;

    @Inject
    EventOpenings openings;

    @Incoming("incident-content-signals")
    @Blocking
    @Transactional
    public void onContentEvent(ConsumerRecord<String, String> record) {
        inbox.firstDeliveryOf(BREACH_SIGNALS, CONSUMER, record.key(), record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent event) {
        switch (event.eventType().orElseThrow()) {
            case CONTENT_UNAUTHORIZED_POST_DETECTED -> {
                UnauthorizedPostDetected post = EventCodec.payload(event, UnauthorizedPostDetected.class);
                openings.open(new EventOpenings.Signal(post.entity(), IncidentType.UNAUTHORIZED_POST,
                        post.accountId().toString(), post.accountId(), null, post.detectedAt(),
                        "Post nobody authorised on the " + post.platform() + " account, found by a correction (G7.5)",
                        EventOpenings.facts("event", event.id(), "correction", post.correctionId(),
                                "platform", post.platform(), "postUrl", post.platformPostUrl(),
                                "contentId", post.contentId(), "detectedAt", post.detectedAt())));
            }
            case CONTENT_PRIVACY_LEAK_DETECTED -> {
                PrivacyLeakDetected leak = EventCodec.payload(event, PrivacyLeakDetected.class);
                openings.open(new EventOpenings.Signal(leak.entity(), IncidentType.DATA_LEAK,
                        leak.accountId().toString(), leak.accountId(), null, leak.detectedAt(),
                        "Personal data exposed in a post on the " + leak.platform()
                                + " account, found by a correction (G8.5, G7.5)",
                        EventOpenings.facts("event", event.id(), "correction", leak.correctionId(),
                                "platform", leak.platform(), "postUrl", leak.platformPostUrl(),
                                "contentId", leak.contentId(), "detectedAt", leak.detectedAt()),
                        null, true));
            }
            default -> {
                // other content events are not breach signals
            }
        }
    }
}
