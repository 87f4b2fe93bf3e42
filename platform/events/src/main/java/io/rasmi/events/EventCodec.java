package io.rasmi.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Writes {@link CloudEvent}s as JSON and reads them back, independently of any service's own ObjectMapper, so the
 * wire format is the same everywhere: times as ISO-8601 strings, absent values left out, and unknown fields
 * ignored when reading, so consumers tolerate fields added later.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventCodec() {
    }

    /** The envelope as structured-mode JSON. */
    public static String write(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write event " + event.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The envelope in {@code json}. It is only parsed, not checked; see {@link EventContract#validate(String)}.
     *
     * @throws IllegalArgumentException if it is not a JSON object shaped like an envelope
     */
    public static CloudEvent read(String json) {
        try {
            return MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a readable CloudEvent: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The event's {@code data} as its payload record.
     *
     * @throws IllegalArgumentException if the event's type carries another record, or {@code data} does not fit it
     */
    public static <T> T payload(CloudEvent event, Class<T> payloadType) {
        event.eventType()
                .filter(type -> type.payloadType() != payloadType)
                .ifPresent(type -> {
                    throw new IllegalArgumentException(type.type() + " carries a "
                            + type.payloadType().getSimpleName() + ", not " + payloadType.getSimpleName());
                });
        if (event.data() == null) {
            throw new IllegalArgumentException("Event " + event.id() + " has no data");
        }
        try {
            return MAPPER.treeToValue(event.data(), payloadType);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Data of event " + event.id() + " is not a "
                    + payloadType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode toData(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }
}
