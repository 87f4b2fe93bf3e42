package io.rasmi.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a message against Rasmi's event contract: the official CloudEvents 1.0 schema, Rasmi's envelope profile
 * ({@code io/rasmi/events/schemas/envelope.json}: subject, time, entity, JSON data), a known {@code type} with
 * its own {@code source}, and {@code data} against the type's payload schema, with the payload's aggregate id
 * and entity equal to the envelope's {@code subject} and {@code entity}.
 *
 * <p>Violations read {@code <JSON path>: <what is wrong>}, e.g. {@code $.data.accountId: does not match the
 * uuid pattern ...}. Compiled schemas are cached; the class is thread-safe.
 */
public final class EventContract {

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build();
    private static final JsonSchema CLOUDEVENTS = load("io/rasmi/events/cloudevents/cloudevents.json");
    private static final JsonSchema ENVELOPE = load("io/rasmi/events/schemas/envelope.json");
    private static final Map<EventType, JsonSchema> PAYLOADS = new ConcurrentHashMap<>();

    private EventContract() {
    }

    /** What is wrong with the structured-mode event {@code cloudEventJson}; empty when it keeps the contract. */
    public static List<String> validate(String cloudEventJson) {
        JsonNode event;
        try {
            event = parse(cloudEventJson);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        return validate(event);
    }

    /**
     * What is wrong with a Kafka record: its value as {@link #validate(String)}, and its key, which must be the
     * event's {@code subject} (the aggregate id) so that one aggregate's events stay in order, or its
     * {@code entity} for a type keyed by entity ({@link EventType#key()}).
     */
    public static List<String> validate(String key, String value) {
        JsonNode event;
        try {
            event = parse(value);
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
        List<String> violations = validate(event);
        EventType type = EventType.fromType(event.path("type").asText(null)).orElse(null);
        if (type != null && type.key() == EventType.Key.ENTITY) {
            String entity = event.path("entity").asText(null);
            if (key == null) {
                violations.add("key: missing; it must be the entity");
            } else if (entity != null && !key.equals(entity)) {
                violations.add("key: '" + key + "' differs from entity '" + entity + "'; " + type.type()
                        + " is keyed by entity");
            }
            return violations;
        }
        String subject = event.path("subject").asText(null);
        if (key == null) {
            violations.add("key: missing; it must be the subject, the aggregate id");
        } else if (subject != null && !key.equals(subject)) {
            violations.add("key: '" + key + "' differs from subject '" + subject + "'; it must be the aggregate id");
        }
        return violations;
    }

    /** @throws AssertionError listing every violation, if {@code cloudEventJson} breaks the contract */
    public static void assertValid(String cloudEventJson) {
        failOn(validate(cloudEventJson), cloudEventJson);
    }

    /** @throws AssertionError listing every violation, if the Kafka record breaks the contract */
    public static void assertValid(String key, String value) {
        failOn(validate(key, value), "key " + key + ": " + value);
    }

    /** What is wrong with {@code data} as the payload of {@code type}, paths relative to {@code data}. */
    public static List<String> validatePayload(EventType type, JsonNode data) {
        return messages(payloadSchema(type), data, "$");
    }

    private static List<String> validate(JsonNode event) {
        Set<String> violations = new LinkedHashSet<>();
        violations.addAll(messages(CLOUDEVENTS, event, "$"));
        violations.addAll(messages(ENVELOPE, event, "$"));

        String typeName = event.path("type").asText(null);
        EventType type = EventType.fromType(typeName).orElse(null);
        if (type == null) {
            if (typeName != null) {
                violations.add("$.type: unknown event type '" + typeName + "'; known are "
                        + Arrays.stream(EventType.values()).map(EventType::type).toList());
            }
            return new ArrayList<>(violations);
        }
        expect(event, "source", type.source(), type, violations);
        expect(event, "datacontenttype", type.dataContentType(), type, violations);
        if (event.hasNonNull("dataschema")) {
            expect(event, "dataschema", type.dataschema().toString(), type, violations);
        }
        JsonNode data = event.path("data");
        if (data.isObject()) {
            violations.addAll(messages(payloadSchema(type), data, "$.data"));
            same(event, "subject", data, type.subjectField(), violations);
            same(event, "entity", data, "entity", violations);
        }
        return new ArrayList<>(violations);
    }

    private static void expect(JsonNode event, String attribute, String expected, EventType type,
            Set<String> violations) {
        String actual = event.path(attribute).asText(null);
        if (actual != null && !actual.equals(expected)) {
            violations.add("$." + attribute + ": '" + actual + "' is not the " + attribute + " of " + type.type()
                    + ", which is '" + expected + "'");
        }
    }

    private static void same(JsonNode event, String attribute, JsonNode data, String field, Set<String> violations) {
        String envelopeValue = event.path(attribute).asText(null);
        String dataValue = data.path(field).asText(null);
        if (envelopeValue != null && dataValue != null && !envelopeValue.equals(dataValue)) {
            violations.add("$." + attribute + ": '" + envelopeValue + "' differs from $.data." + field + " '"
                    + dataValue + "'");
        }
    }

    private static List<String> messages(JsonSchema schema, JsonNode node, String path) {
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : schema.validate(node)) {
            String text = message.getMessage();
            messages.add(text.startsWith("$") ? path + text.substring(1) : path + ": " + text);
        }
        return messages;
    }

    private static JsonSchema payloadSchema(EventType type) {
        return PAYLOADS.computeIfAbsent(type, t -> load(t.schemaResource()));
    }

    private static JsonNode parse(String json) {
        JsonNode node;
        try {
            node = json == null ? null : EventCodec.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("$: not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("$: not a JSON object");
        }
        return node;
    }

    private static void failOn(List<String> violations, String message) {
        if (!violations.isEmpty()) {
            throw new AssertionError("Event breaks its contract:\n  - " + String.join("\n  - ", violations)
                    + "\nin " + message);
        }
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "Missing schema resource " + resource);
            JsonSchema schema = SCHEMAS.getSchema(in, CONFIG);
            schema.initializeValidators(); // now, not lazily on a first validate that may run on several threads
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + resource, e);
        }
    }
}
