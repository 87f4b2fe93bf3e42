package io.rasmi.deploy;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What a service's own configuration says that deploy/kubernetes must agree with. */
final class ServiceConfiguration {

    private ServiceConfiguration() {
    }

    /**
     * The Kafka consumer groups of a service's incoming channels, placeholders resolved; a group whose name ends in
     * {@code ${quarkus.uuid}} (one per start) is given as its prefix followed by {@code *}.
     */
    static Set<String> consumerGroups(String service) {
        Map<String, String> configuration = Repository.configuration(service);
        Set<String> groups = new TreeSet<>();
        configuration.forEach((key, value) -> {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.group\\.id")) {
                String group = value.replace("${quarkus.application.name}", configuration.get("quarkus.application.name"))
                        .replace("${rasmi.service}", configuration.get("rasmi.service"));
                groups.add(group.endsWith("${quarkus.uuid}")
                        ? group.substring(0, group.length() - "${quarkus.uuid}".length()) + "*" : group);
            }
        });
        if (groups.stream().anyMatch(group -> group.contains("${"))) {
            throw new AssertionError(service + "-service has a consumer group this test cannot resolve: " + groups);
        }
        return groups;
    }

    /** The topics a service's incoming channels read. */
    static Set<String> consumedTopics(String service) {
        Set<String> topics = new TreeSet<>();
        Repository.configuration(service).forEach((key, value) -> {
            if (key.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(value);
            }
        });
        return topics;
    }

    static int httpPort(String service) {
        return Integer.parseInt(Repository.configuration(service).get("quarkus.http.port"));
    }
}
