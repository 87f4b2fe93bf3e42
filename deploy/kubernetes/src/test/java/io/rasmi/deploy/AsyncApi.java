package io.rasmi.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** What the AsyncAPI document says about topics, and who sends and receives on them. */
final class AsyncApi {

    static final JsonNode DOCUMENT = load();
    static final String CERT = "national-cert";

    private static final Pattern SERVICE_OPERATION = Pattern.compile("^(account|content|kpi|incident)Service");
    private static final Pattern SERVICE_TITLE = Pattern.compile("^(account|content|kpi|incident)-service ");

    private AsyncApi() {
    }

    /** An operation: who, send or receive, which topic. */
    record Operation(String id, String owner, String action, String topic) {
    }

    /** The addresses of every channel that is one topic (not the parameterised dead letters). */
    static Set<String> topics() {
        Set<String> topics = new LinkedHashSet<>();
        DOCUMENT.get("channels").forEach(channel -> {
            String address = channel.get("address").asText();
            if (!address.contains("{")) {
                topics.add(address);
            }
        });
        return topics;
    }

    /** The {@code .dlq} topics, one for each topic the dead-letter channel's parameter lists. */
    static Set<String> deadLetterTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (JsonNode channel : DOCUMENT.get("channels")) {
            String address = channel.get("address").asText();
            if (address.contains("{topic}")) {
                channel.at("/parameters/topic/enum").forEach(topic -> topics.add(address.replace("{topic}",
                        topic.asText())));
            }
        }
        return topics;
    }

    static boolean compacted(String topic) {
        JsonNode policy = channelAt(topic).at("/bindings/kafka/topicConfiguration/cleanup.policy");
        return StreamSupport.stream(policy.spliterator(), false).anyMatch(value -> value.asText().equals("compact"));
    }

    static Set<String> compactedTopics() {
        Set<String> compacted = new LinkedHashSet<>();
        topics().stream().filter(AsyncApi::compacted).forEach(compacted::add);
        return compacted;
    }

    /**
     * Every operation with its owner: a service named by the operation id ({@code incidentServiceReceives...}) or by
     * its title ({@code "incident-service publishes ..."}), or the national CERT ({@code nationalCert...}).
     */
    static List<Operation> operations() {
        Map<String, JsonNode> channels = new LinkedHashMap<>();
        DOCUMENT.get("channels").properties().forEach(entry -> channels.put(entry.getKey(), entry.getValue()));
        return DOCUMENT.get("operations").properties().stream().map(entry -> {
            JsonNode operation = entry.getValue();
            String channel = operation.at("/channel/$ref").asText().replace("#/channels/", "");
            return new Operation(entry.getKey(), owner(entry.getKey(), operation.path("title").asText()),
                    operation.get("action").asText(), channels.get(channel).get("address").asText());
        }).toList();
    }

    static String owner(String id, String title) {
        if (id.startsWith("nationalCert")) {
            return CERT;
        }
        Matcher byId = SERVICE_OPERATION.matcher(id);
        if (byId.find()) {
            return byId.group(1) + "-service";
        }
        Matcher byTitle = SERVICE_TITLE.matcher(title);
        if (byTitle.find()) {
            return byTitle.group(1) + "-service";
        }
        throw new AssertionError("AsyncAPI operation " + id + " names no owner: start its id with <service>Service or"
                + " nationalCert, or its title with \"<service>-service \"");
    }

    private static JsonNode channelAt(String address) {
        for (JsonNode channel : DOCUMENT.get("channels")) {
            if (channel.get("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("no channel " + address);
    }

    private static JsonNode load() {
        try {
            return Kustomize.YAML.readTree(Repository.ASYNCAPI.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
