package io.rasmi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventSchemasTest {

    private static final String SCHEMAS = "io/rasmi/events/schemas/";

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldAcceptEveryExampleOfThePayloadSchema(EventType type) {
        JsonNode examples = schema(type).get("examples");

        assertTrue(examples != null && !examples.isEmpty(), type + " has no examples");
        for (JsonNode example : examples) {
            assertEquals(List.of(), EventContract.validatePayload(type, example), example::toString);
        }
    }

    @Test
    void shouldAcceptEveryExampleOfTheEnvelopeSchema() {
        for (JsonNode example : TestResources.json(SCHEMAS + "envelope.json").get("examples")) {
            assertEquals(List.of(), EventContract.validate(example.toString()), example::toString);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldIdentifyEachPayloadSchemaByTheTypesDataschema(EventType type) {
        assertEquals(type.dataschema().toString(), schema(type).get("$id").asText());
        assertEquals("http://json-schema.org/draft-07/schema#", schema(type).get("$schema").asText());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldDescribeExactlyTheFieldsOfThePayloadRecord(EventType type) {
        JsonNode schema = schema(type);
        Set<String> recordFields = Arrays.stream(type.payloadType().getRecordComponents())
                .map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(recordFields, names(schema.get("properties")));
        assertFalse(schema.get("additionalProperties").asBoolean(true), type + " must not allow other fields");
        assertTrue(recordFields.containsAll(names(schema.get("required"))));
    }

    @Test
    void shouldListTheSameEnumValuesAsTheJavaEnums() {
        Map<String, Class<? extends Enum<?>>> enumsByField = Map.of(
                "platform", Platform.class,
                "status", AccountStatus.class,
                "from", AccountStatus.class,
                "to", AccountStatus.class,
                "severity", IncidentSeverity.class,
                "role", AccountRole.class,
                "method", TwoFactorMethod.class,
                "reviewKind", ReviewKind.class);
        for (EventType type : EventType.values()) {
            JsonNode properties = schema(type).get("properties");
            enumsByField.forEach((field, enumType) -> {
                if (properties.has(field)) {
                    assertEquals(constants(enumType), names(properties.get(field).get("enum")), type + "." + field);
                }
            });
        }
        assertEquals(constants(IncidentType.class),
                names(schema(EventType.INCIDENT_REPORTED).at("/properties/type/enum")));
        assertEquals(constants(AccountRole.class),
                names(schema(EventType.ACCOUNT_STATE).at("/properties/roleHolders/items/properties/role/enum")));
    }

    @Test
    void shouldDescribeExactlyTheFieldsOfTheAccountStatesNestedRecords() {
        JsonNode properties = schema(EventType.ACCOUNT_STATE).get("properties");
        assertEquals(fields(AccountState.RoleHolder.class), names(properties.at("/roleHolders/items/properties")));
        assertEquals(fields(AccountState.PostingPlan.class), names(properties.at("/postingPlan/properties")));
        assertFalse(properties.at("/roleHolders/items/additionalProperties").asBoolean(true));
        assertFalse(properties.at("/postingPlan/additionalProperties").asBoolean(true));
    }

    private static Set<String> fields(Class<? extends Record> record) {
        return Arrays.stream(record.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldListTheJavaEnumsValuesForEveryEnumFieldOfTheRecord(EventType type) {
        JsonNode properties = schema(type).get("properties");
        for (var component : type.payloadType().getRecordComponents()) {
            if (component.getType().isEnum()) {
                @SuppressWarnings("unchecked")
                Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) component.getType();
                assertEquals(constants(enumType), names(properties.get(component.getName()).get("enum")),
                        type + "." + component.getName());
            }
        }
    }

    @Test
    void shouldHaveNoSchemaWithoutAnEventType() throws URISyntaxException {
        File directory = new File(getClass().getClassLoader().getResource(SCHEMAS).toURI());
        Set<String> files = new TreeSet<>(Arrays.asList(directory.list()));
        Set<String> expected = Arrays.stream(EventType.values())
                .map(t -> t.type() + ".json")
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("envelope.json");

        assertEquals(expected, files);
    }

    private static JsonNode schema(EventType type) {
        return TestResources.json(type.schemaResource());
    }

    /** Field names of an object, or the texts of an array. */
    private static Set<String> names(JsonNode node) {
        Iterable<String> names = node.isObject() ? node::fieldNames
                : () -> StreamSupport.stream(node.spliterator(), false).map(JsonNode::asText).iterator();
        return StreamSupport.stream(names.spliterator(), false).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> constants(Class<? extends Enum<?>> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
