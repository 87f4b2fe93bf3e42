package io.rasmi.kpi.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rasmi.events.EventType;

/**
 * Which content event a record claims to be, read before the inbox checks it: each consumer of
 * {@code rasmi.content.events.v1} here takes only its own type, so that an event another consumer handles (or one that
 * breaks its contract) is recorded and dead-lettered once, by the consumer it is for.
 */
public final class ContentEventTypes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContentEventTypes() {
    }

    /** Whether {@code value} is a CloudEvent whose type is {@code type}'s; false for anything unreadable. */
    public static boolean claims(String value, EventType type) {
        if (value == null) {
            return false;
        }
        try {
            JsonNode event = JSON.readTree(value);
            return event != null && type.type().equals(event.path("type").asText());
        } catch (Exception unreadable) {
            return false;
        }
    }
}
