package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Strimzi's topics and users against the AsyncAPI document: a topic or an ACL that is missing or extra is named, so a
 * new channel or operation in the document shows here with what to add to base/platform/kafka-*.yaml.
 */
class KafkaAgainstAsyncApiTest {

    private static final String OVERLAY = "production";

    @Test
    void shouldDeclareATopicForEveryChannelAndEveryDeadLetterTopicAndNoOther() {
        Set<String> expected = new TreeSet<>(AsyncApi.topics());
        expected.addAll(AsyncApi.deadLetterTopics());
        Set<String> declared = topics().keySet();

        assertThat(missing(expected, declared)).as(() -> "topics in the AsyncAPI document without a KafkaTopic; add to "
                + "base/platform/kafka-topics.yaml (and a one-replica patch in overlays/dev):\n"
                + topicsAsYaml(missing(expected, declared))).isEmpty();
        assertThat(missing(declared, expected)).as("KafkaTopics the AsyncAPI document does not have").isEmpty();
    }

    @Test
    void shouldReplicateEveryTopicThreeTimesWithTwoInSyncAndARetentionOrCompaction() {
        List<String> problems = new ArrayList<>();
        topics().forEach((name, topic) -> {
            Map<String, Object> config = topic.getSpec().getConfig();
            boolean compact = AsyncApi.topics().contains(name) && AsyncApi.compacted(name);
            if (topic.getSpec().getReplicas() != 3) {
                problems.add(name + ": replicas " + topic.getSpec().getReplicas());
            }
            if (!"2".equals(String.valueOf(config.get("min.insync.replicas")))) {
                problems.add(name + ": min.insync.replicas " + config.get("min.insync.replicas"));
            }
            if (topic.getSpec().getPartitions() == null || topic.getSpec().getPartitions() < 3) {
                problems.add(name + ": partitions " + topic.getSpec().getPartitions());
            }
            String policy = String.valueOf(config.get("cleanup.policy"));
            if (compact != policy.equals("compact")) {
                problems.add(name + ": cleanup.policy " + policy + " but the AsyncAPI says "
                        + (compact ? "compact" : "delete"));
            }
            if (!compact && !(config.get("retention.ms") instanceof Number)) {
                problems.add(name + ": no retention.ms");
            }
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void shouldGrantEachServiceExactlyWhatTheAsyncApiOperationsAndItsConsumerGroupsNeed() {
        Map<String, Set<String>> expected = expectedAcls();
        Map<String, Set<String>> declared = declaredAcls();
        List<String> problems = new ArrayList<>();
        for (String user : union(expected.keySet(), declared.keySet())) {
            Set<String> want = expected.getOrDefault(user, Set.of());
            Set<String> have = declared.getOrDefault(user, Set.of());
            missing(want, have).forEach(acl -> problems.add("missing for " + user + ": " + acl));
            missing(have, want).forEach(acl -> problems.add("extra for " + user + ": " + acl));
        }

        assertThat(expected.keySet()).contains("account-service", "content-service", "kpi-service",
                "incident-service", AsyncApi.CERT);
        assertThat(problems).as(() -> "ACLs of base/platform/kafka-users.yaml against the AsyncAPI operations; the "
                + "acls each user should have:\n" + aclsAsYaml(expected)).isEmpty();
    }

    @Test
    void shouldHaveAReceiveOperationForEveryTopicAServiceConsumes() {
        List<String> missing = new ArrayList<>();
        for (String service : Repository.SERVICES) {
            Set<String> received = AsyncApi.operations().stream()
                    .filter(operation -> operation.owner().equals(service + "-service"))
                    .filter(operation -> operation.action().equals("receive"))
                    .map(AsyncApi.Operation::topic).collect(Collectors.toSet());
            ServiceConfiguration.consumedTopics(service).stream().filter(topic -> !received.contains(topic))
                    .forEach(topic -> missing.add(service + "-service reads " + topic));
        }

        assertThat(missing).as("consumers in application.properties without an AsyncAPI receive operation (so "
                + "without an ACL)").isEmpty();
    }

    @Test
    void shouldLetTheCertReadItsFeedAndNothingElse() {
        KafkaUser cert = users().get(AsyncApi.CERT);
        List<AclRule> rules = ((KafkaUserAuthorizationSimple) cert.getSpec().getAuthorization()).getAcls();

        for (AclRule rule : rules) {
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                assertThat(topic.getName()).isEqualTo("rasmi.cert.incidents.v1");
                assertThat(topic.getPatternType().toValue()).isEqualTo("literal");
                assertThat(rule.getOperations()).containsExactlyInAnyOrder(AclOperation.READ, AclOperation.DESCRIBE);
            } else {
                assertThat(rule.getResource()).isInstanceOf(AclRuleGroupResource.class);
                assertThat(rule.getOperations()).containsExactly(AclOperation.READ);
            }
        }
        assertThat(rules).anyMatch(rule -> rule.getResource() instanceof AclRuleTopicResource);
        assertThat(cert.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
    }

    @Test
    void shouldAuthenticateEveryServiceWithItsOwnScramUserWhoseSecretItsDeploymentReads() {
        for (String service : Repository.SERVICES) {
            String name = service + "-service";
            KafkaUser user = users().get(name);
            JsonNode jaas = env(Kustomize.named(OVERLAY, "Deployment", name), "KAFKA_SASL_JAAS_CONFIG");

            assertThat(user).as("KafkaUser " + name).isNotNull();
            assertThat(user.getSpec().getAuthentication()).isInstanceOf(KafkaUserScramSha512ClientAuthentication.class);
            assertThat(jaas.at("/valueFrom/secretKeyRef/name").asText()).isEqualTo(name);
            assertThat(jaas.at("/valueFrom/secretKeyRef/key").asText()).isEqualTo("sasl.jaas.config");
        }
    }

    /**
     * What each user needs: Write on what it sends; Read on what it receives and Write on that topic's {@code .dlq};
     * Read on each consumer group its configuration names (a prefix where the name ends in a per-start uuid); and
     * Describe/DescribeConfigs on the compacted topics, whose policy the kit's CompactedTopics checks at start. The
     * CERT's own consumer groups are named national-cert-*.
     */
    static Map<String, Set<String>> expectedAcls() {
        Map<String, Set<String>> acls = new TreeMap<>();
        Set<String> deadLetters = AsyncApi.deadLetterTopics();
        for (AsyncApi.Operation operation : AsyncApi.operations()) {
            Set<String> user = acls.computeIfAbsent(operation.owner(), key -> new TreeSet<>());
            if (operation.action().equals("send")) {
                add(user, "topic", operation.topic(), "literal", "Describe", "Write");
            } else {
                add(user, "topic", operation.topic(), "literal", "Describe", "Read");
                String deadLetter = operation.topic() + ".dlq";
                if (!operation.owner().equals(AsyncApi.CERT) && deadLetters.contains(deadLetter)) {
                    add(user, "topic", deadLetter, "literal", "Describe", "Write");
                }
            }
        }
        for (String service : Repository.SERVICES) {
            Set<String> user = acls.computeIfAbsent(service + "-service", key -> new TreeSet<>());
            ServiceConfiguration.consumerGroups(service).forEach(group -> {
                if (group.endsWith("*")) {
                    add(user, "group", group.substring(0, group.length() - 1), "prefix", "Read");
                } else {
                    add(user, "group", group, "literal", "Read");
                }
            });
            AsyncApi.compactedTopics().forEach(topic -> add(user, "topic", topic, "literal", "Describe",
                    "DescribeConfigs"));
        }
        add(acls.computeIfAbsent(AsyncApi.CERT, key -> new TreeSet<>()), "group", "national-cert-", "prefix", "Read");
        return acls;
    }

    /** The expected ACLs in the shape of kafka-users.yaml, one rule per resource, to paste. */
    private static String aclsAsYaml(Map<String, Set<String>> acls) {
        StringBuilder yaml = new StringBuilder();
        acls.forEach((user, entries) -> {
            yaml.append("# ").append(user).append("\n    acls:\n");
            Map<String, List<String>> byResource = new TreeMap<>();
            for (String entry : entries) {
                int colon = entry.lastIndexOf(": ");
                byResource.computeIfAbsent(entry.substring(0, colon), key -> new ArrayList<>())
                        .add(entry.substring(colon + 2));
            }
            byResource.forEach((resource, operations) -> {
                String[] parts = resource.split(" ");
                yaml.append("    - resource:\n        type: ").append(parts[0]).append("\n        name: ")
                        .append(parts[1]).append("\n        patternType: ")
                        .append(parts[2].substring(1, parts[2].length() - 1)).append("\n      operations:\n");
                operations.forEach(operation -> yaml.append("      - ").append(operation).append("\n"));
            });
        });
        return yaml.toString();
    }

    private static String topicsAsYaml(Set<String> topics) {
        StringBuilder yaml = new StringBuilder();
        for (String topic : topics) {
            boolean compact = AsyncApi.topics().contains(topic) && AsyncApi.compacted(topic);
            yaml.append("---\napiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\nmetadata:\n  name: ")
                    .append(topic.replace('.', '-')).append("\n  labels:\n    strimzi.io/cluster: rasmi\nspec:\n")
                    .append("  topicName: ").append(topic).append("\n  partitions: ")
                    .append(topic.endsWith(".dlq") ? 3 : 6).append("\n  replicas: 3\n  config:\n")
                    .append("    min.insync.replicas: 2\n")
                    .append(compact ? "    cleanup.policy: compact\n    min.compaction.lag.ms: 60000\n"
                            : "    cleanup.policy: delete\n    retention.ms: "
                                    + (topic.endsWith(".dlq") ? 2592000000L : 1209600000L) + "\n");
        }
        return yaml.toString();
    }

    private static void add(Set<String> user, String type, String name, String pattern, String... operations) {
        for (String operation : operations) {
            user.add(type + " " + name + " (" + pattern + "): " + operation);
        }
    }

    private static Map<String, Set<String>> declaredAcls() {
        Map<String, Set<String>> acls = new TreeMap<>();
        users().forEach((name, user) -> {
            Set<String> rules = acls.computeIfAbsent(name, key -> new TreeSet<>());
            for (AclRule rule : ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls()) {
                String type;
                String resourceName;
                String pattern;
                if (rule.getResource() instanceof AclRuleTopicResource topic) {
                    type = "topic";
                    resourceName = topic.getName();
                    pattern = topic.getPatternType().toValue();
                } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                    type = "group";
                    resourceName = group.getName();
                    pattern = group.getPatternType().toValue();
                } else {
                    type = rule.getResource().getType();
                    resourceName = "-";
                    pattern = "-";
                }
                List<AclOperation> operations = rule.getOperations() != null ? rule.getOperations()
                        : List.of(rule.getOperation());
                for (AclOperation operation : operations) {
                    rules.add(type + " " + resourceName + " (" + pattern + "): " + pascal(operation.toValue()));
                }
            }
        });
        return acls;
    }

    private static String pascal(String value) {
        return value.isEmpty() ? value : Character.toUpperCase(value.charAt(0)) + value.substring(1);
    }

    private static Map<String, KafkaTopic> topics() {
        return Kustomize.ofKind(OVERLAY, "KafkaTopic").stream()
                .map(document -> TypedModels.parse(document, KafkaTopic.class))
                .collect(Collectors.toMap(topic -> topic.getSpec().getTopicName(), topic -> topic, (a, b) -> {
                    throw new AssertionError("two KafkaTopics for " + a.getSpec().getTopicName());
                }, TreeMap::new));
    }

    private static Map<String, KafkaUser> users() {
        return Kustomize.ofKind(OVERLAY, "KafkaUser").stream()
                .map(document -> TypedModels.parse(document, KafkaUser.class))
                .collect(Collectors.toMap(user -> user.getMetadata().getName(), user -> user, (a, b) -> a,
                        TreeMap::new));
    }

    static JsonNode env(JsonNode deployment, String name) {
        for (JsonNode variable : deployment.at("/spec/template/spec/containers/0/env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(deployment.at("/metadata/name").asText() + " does not set " + name);
    }

    private static Set<String> missing(Set<String> wanted, Set<String> present) {
        Set<String> missing = new TreeSet<>(wanted);
        missing.removeAll(present);
        return missing;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }
}
