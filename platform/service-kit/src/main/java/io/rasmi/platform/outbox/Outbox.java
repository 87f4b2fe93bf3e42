package io.rasmi.platform.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;

/**
 * Publishing an event: the row joins the caller's transaction, so a committed change always yields its event and a
 * rolled-back one never does. {@link OutboxRelay} sends it to Kafka afterwards: woken as the transaction commits, or
 * at its next poll. A traced change (an HTTP request under OpenTelemetry) gives the event its {@code traceparent}, so
 * the consumer's work joins the same trace.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Clock clock;

    @Inject
    Event<OutboxWritten> written;

    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(EventType type, UUID subject, String entity, Object payload) {
        return publish(type, subject.toString(), entity, payload);
    }

    /**
     * Writes the event; the Kafka key is the subject (the aggregate id) so its events stay in order, or the entity
     * for a type keyed by entity ({@link EventType#kafkaKey}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(EventType type, String subject, String entity, Object payload) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CloudEvent event = CloudEvent.of(type, subject, entity, payload, now);
        SpanContext trace = Span.current().getSpanContext();
        if (trace.isValid()) {
            // the relay sends it later, from another thread: the event carries the trace on (W3C, version 00)
            event = event.withTraceparent("00-" + trace.getTraceId() + "-" + trace.getSpanId() + "-"
                    + trace.getTraceFlags().asHex());
        }
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(event.id());
        row.eventType = type.type();
        row.topic = type.topic();
        row.messageKey = type.kafkaKey(subject, entity);
        row.envelope = EventCodec.write(event);
        row.createdAt = now;
        row.persist();
        written.fire(OutboxWritten.INSTANCE);
        return event;
    }
}
