package io.rasmi.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AsyncApiDocumentTest {

    private static final String DOCUMENT = "asyncapi/rasmi-asyncapi.yaml";
    /** A hierarchical base, so relative references resolve like paths on the classpath. */
    private static final URI BASE = URI.create("classpath:/" + DOCUMENT);
    private static final JsonNode ASYNCAPI = yaml(DOCUMENT);

    @Test
    void shouldBeAnAsyncApi3DocumentWithTheLocalBroker() {
        assertEquals("3.0.0", ASYNCAPI.get("asyncapi").asText());
        assertEquals("kafka", ASYNCAPI.at("/servers/local/protocol").asText());
        assertEquals("localhost:19092", ASYNCAPI.at("/servers/local/host").asText());
    }

    @Test
    void shouldHaveAChannelForEveryTopic() {
        Set<String> addresses = StreamSupport.stream(ASYNCAPI.get("channels").spliterator(), false)
                .map(channel -> channel.get("address").asText())
                .collect(Collectors.toSet());

        assertTrue(addresses.containsAll(Topics.all()), () -> addresses + " lacks one of " + Topics.all());
    }

    @Test
    void shouldDeclareEveryCompactedTopicCompactedWithItsProducerAndTheDirectoryConsumers() {
        for (String topic : Topics.compacted()) {
            JsonNode policy = channel(topic).at("/bindings/kafka/topicConfiguration/cleanup.policy");
            assertEquals(List.of("compact"), StreamSupport.stream(policy.spliterator(), false)
                    .map(JsonNode::asText).toList(), topic + " must be declared compacted");
            assertEquals(1, operations(topic, "send"), "one producer of " + topic);
        }
        assertEquals(3, operations(Topics.ACCOUNT_STATE, "receive"),
                "content, kpi and incident services rebuild their account directory from it");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldListEveryEventTypeAsAMessageOnItsTopic(EventType type) {
        JsonNode channel = channel(type.topic());

        List<String> names = new ArrayList<>();
        channel.path("messages").forEach(message -> names.add(resolve(message).path("name").asText()));
        assertTrue(names.contains(type.type()), () -> type.topic() + " carries " + names);
        assertTrue(operations(type.topic(), "send") > 0, "nobody sends " + type.topic());
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldGiveEveryEventTypeAValidExample(EventType type) {
        JsonNode message = message(type);

        assertEquals(CloudEvent.MEDIA_TYPE,
                resolve(message.at("/traits/0")).get("contentType").asText(), type + " is not a CloudEvent");
        JsonNode examples = message.get("examples");
        assertTrue(examples != null && !examples.isEmpty(), type + " has no example");
        for (JsonNode example : examples) {
            JsonNode payload = example.get("payload");
            assertEquals(type.type(), payload.get("type").asText());
            EventContract.assertValid(type.kafkaKey(payload.get("subject").asText(), payload.get("entity").asText()),
                    payload.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void shouldPointTheMessagePayloadAtTheTypesSchema(EventType type) {
        String payloadRef = message(type).at("/payload/allOf/1/properties/data/$ref").asText();

        assertEquals(type.schemaResource(), BASE.resolve(payloadRef).getPath().substring(1));
    }

    @Test
    void shouldResolveEveryReference() {
        List<String> unresolved = new ArrayList<>();
        checkReferences(DOCUMENT, ASYNCAPI, new HashSet<>(), unresolved);

        assertEquals(List.of(), unresolved);
    }

    /** Follows every {@code $ref} of {@code document} and of the files it points to; notes those leading nowhere. */
    private static void checkReferences(String resource, JsonNode document, Set<String> visited,
            List<String> unresolved) {
        if (!visited.add(resource)) {
            return;
        }
        for (String ref : references(document, new ArrayList<>())) {
            URI target = URI.create("classpath:/" + resource).resolve(ref);
            String file = target.getPath().substring(1);
            JsonNode targetDocument = file.equals(resource) ? document : load(file);
            if (targetDocument == null) {
                unresolved.add(resource + ": " + ref + " (no file " + file + ")");
                continue;
            }
            if (target.getFragment() != null && targetDocument.at(target.getFragment()).isMissingNode()) {
                unresolved.add(resource + ": " + ref + " (no " + target.getFragment() + " in " + file + ")");
            }
            checkReferences(file, targetDocument, visited, unresolved);
        }
    }

    private static List<String> references(JsonNode node, List<String> found) {
        if (node.isObject() && node.has("$ref")) {
            found.add(node.get("$ref").asText());
        }
        node.forEach(child -> references(child, found));
        return found;
    }

    private static JsonNode message(EventType type) {
        for (Map.Entry<String, JsonNode> entry : ASYNCAPI.at("/components/messages").properties()) {
            if (entry.getValue().path("name").asText().equals(type.type())) {
                return entry.getValue();
            }
        }
        throw new AssertionError("No message named " + type.type());
    }

    private static JsonNode channel(String address) {
        for (JsonNode channel : ASYNCAPI.get("channels")) {
            if (channel.get("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("No channel with address " + address);
    }

    private static long operations(String address, String action) {
        return StreamSupport.stream(ASYNCAPI.get("operations").spliterator(), false)
                .filter(operation -> operation.get("action").asText().equals(action))
                .filter(operation -> resolve(operation.get("channel")).get("address").asText().equals(address))
                .count();
    }

    /** The node an internal {@code $ref} points to, or the node itself. */
    private static JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        assertTrue(ref.startsWith("#"), ref);
        JsonNode target = ASYNCAPI.at(ref.substring(1));
        assertFalse(target.isMissingNode(), ref);
        return target;
    }

    private static JsonNode load(String resource) {
        if (AsyncApiDocumentTest.class.getClassLoader().getResource(resource) == null) {
            return null;
        }
        return resource.endsWith(".yaml") ? yaml(resource) : TestResources.json(resource);
    }

    private static JsonNode yaml(String resource) {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
