package io.rasmi.incident.cert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OASIS STIX 2.1 JSON Schemas (test resources {@code standards/stix2.1}, copied with their licence from
 * {@code ../shared/standards/stix2.1} because CI clones only this repository). They name each other by their
 * {@code $id} URLs; the factory maps those to the copies on the classpath.
 *
 * <p>Each object is checked against its own type's schema. The bundle schema lists the types it knows; it cannot
 * accept one it does not list, such as {@code incident} and {@code extension-definition} (as a custom object it
 * matches both the core and the cyber-observable core, which its {@code oneOf} forbids). So the bundle is checked
 * with the objects of the types it lists, and the others against their own schema only.
 */
public final class StixSchemas {

    private static final String ONLINE = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ONLINE, "classpath:standards/stix2.1/schemas/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build();
    private static final Map<String, String> FOLDERS = Map.ofEntries(
            Map.entry("identity", "sdos"), Map.entry("incident", "sdos"), Map.entry("threat-actor", "sdos"),
            Map.entry("relationship", "sros"), Map.entry("user-account", "observables"),
            Map.entry("marking-definition", "common"), Map.entry("extension-definition", "common"),
            Map.entry("bundle", "common"));
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    /** The types the bundle schema lists, from the files its {@code $ref}s name. */
    private static final Set<String> BUNDLE_TYPES = bundleTypes();

    private StixSchemas() {
    }

    /** Every violation of the bundle schema and, object by object, of each object's own schema. */
    static List<String> validateBundle(JsonNode bundle) {
        JsonNode checkedAsBundle = bundle.deepCopy();
        if (checkedAsBundle.path("objects") instanceof ArrayNode listed) {
            for (int i = listed.size() - 1; i >= 0; i--) {
                if (!BUNDLE_TYPES.contains(listed.get(i).path("type").asText())) {
                    listed.remove(i);
                }
            }
        }
        List<String> violations = new ArrayList<>(messages(schema("bundle"), checkedAsBundle, "$"));
        JsonNode objects = bundle.path("objects");
        for (int i = 0; i < objects.size(); i++) {
            JsonNode object = objects.get(i);
            String type = object.path("type").asText();
            if (!FOLDERS.containsKey(type)) {
                violations.add("$.objects[" + i + "]: no schema known for type '" + type + "'");
                continue;
            }
            violations.addAll(messages(schema(type), object, "$.objects[" + i + "]"));
        }
        return violations;
    }

    public static void assertValidBundle(JsonNode bundle) {
        List<String> violations = validateBundle(bundle);
        if (!violations.isEmpty()) {
            throw new AssertionError("Not a valid STIX 2.1 bundle:\n  - " + String.join("\n  - ", violations)
                    + "\nin " + bundle.toPrettyString());
        }
    }

    private static Set<String> bundleTypes() {
        try (InputStream in = StixSchemas.class.getClassLoader()
                .getResourceAsStream("standards/stix2.1/schemas/common/bundle.json")) {
            Set<String> types = new HashSet<>();
            new ObjectMapper().readTree(in).at("/properties/objects/items/anyOf/0/oneOf")
                    .forEach(ref -> types.add(ref.path("$ref").asText().replaceAll("^.*/|\\.json$", "")));
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(ONLINE + FOLDERS.get(t) + "/" + t + ".json"), CONFIG);
            schema.initializeValidators();
            return schema;
        });
    }

    private static List<String> messages(JsonSchema schema, JsonNode node, String path) {
        List<String> messages = new ArrayList<>();
        for (ValidationMessage message : schema.validate(node)) {
            String text = message.getMessage();
            messages.add(text.startsWith("$") ? path + text.substring(1) : path + ": " + text);
        }
        return messages;
    }
}
