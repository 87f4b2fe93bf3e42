package io.rasmi.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode ({@value #MEDIA_TYPE}), with Rasmi's extension attribute
 * {@code entity}, the tenant, and the Distributed Tracing extension's {@code traceparent}: the W3C trace context of
 * the change that wrote the event, when it was traced, so a trace runs on from the request to the consumer.
 * {@code subject} is the aggregate id, which is also the Kafka key.
 * Write and read it with {@link EventCodec}; check it with {@link EventContract}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema",
        "entity", "traceparent", "data"})
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        URI dataschema,
        String entity,
        String traceparent,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    /** The media type of a whole envelope, for the Kafka {@code content-type} header. */
    public static final String MEDIA_TYPE = "application/cloudevents+json";
    /** The media type of {@code data}, unless its type says otherwise ({@link EventType#dataContentType()}). */
    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * A new event of {@code type} with a random id.
     *
     * @param subject the aggregate id (the payload's {@link EventType#subjectField()}); also the Kafka key unless
     *                the type is keyed by entity ({@link EventType#kafkaKey})
     * @param entity  the tenant, e.g. {@code moh}
     * @param payload an instance of {@link EventType#payloadType()}
     * @param time    when the change happened
     */
    public static CloudEvent of(EventType type, String subject, String entity, Object payload, Instant time) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(time, "time");
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(type.type() + " carries a " + type.payloadType().getSimpleName()
                    + ", not " + (payload == null ? "null" : payload.getClass().getSimpleName()));
        }
        return new CloudEvent(SPEC_VERSION, UUID.randomUUID().toString(), type.source(), type.type(), subject, time,
                type.dataContentType(), type.dataschema(), entity, null, EventCodec.toData(payload));
    }

    /** The same event, carrying the W3C {@code traceparent} of the change that wrote it. */
    public CloudEvent withTraceparent(String traceparent) {
        return new CloudEvent(specversion, id, source, type, subject, time, datacontenttype, dataschema, entity,
                traceparent, data);
    }

    /** The Rasmi event type named by {@code type}, if known. */
    public Optional<EventType> eventType() {
        return EventType.fromType(type);
    }
}
