package io.rasmi.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed models of the kinds deploy/kubernetes uses: fabric8's for Kubernetes' own kinds, Strimzi's
 * {@code io.strimzi:api} for its custom resources. Both keep a field they do not know in "additional properties"
 * instead of refusing it, so {@link #unknownFields} walks the parsed object and names every such field.
 */
final class TypedModels {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** apiVersion + " " + kind: the class that models it. */
    static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 Namespace", io.fabric8.kubernetes.api.model.Namespace.class),
            Map.entry("v1 ConfigMap", io.fabric8.kubernetes.api.model.ConfigMap.class),
            Map.entry("v1 Secret", io.fabric8.kubernetes.api.model.Secret.class),
            Map.entry("v1 Service", io.fabric8.kubernetes.api.model.Service.class),
            Map.entry("apps/v1 Deployment", io.fabric8.kubernetes.api.model.apps.Deployment.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy",
                    io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class),
            Map.entry("networking.k8s.io/v1 Ingress", io.fabric8.kubernetes.api.model.networking.v1.Ingress.class),
            Map.entry("policy/v1 PodDisruptionBudget",
                    io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler",
                    io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class),
            Map.entry("kafka.strimzi.io/v1 Kafka", io.strimzi.api.kafka.model.kafka.Kafka.class),
            Map.entry("kafka.strimzi.io/v1 KafkaNodePool", io.strimzi.api.kafka.model.nodepool.KafkaNodePool.class),
            Map.entry("kafka.strimzi.io/v1 KafkaTopic", io.strimzi.api.kafka.model.topic.KafkaTopic.class),
            Map.entry("kafka.strimzi.io/v1 KafkaUser", io.strimzi.api.kafka.model.user.KafkaUser.class));

    /** Custom resources of operators that publish no Java model: OperatorResourcesTest checks their fields. */
    static final Set<String> CHECKED_BY_FIELDS = Set.of(
            "postgresql.cnpg.io/v1 Cluster",
            "postgresql.cnpg.io/v1 Database",
            "postgresql.cnpg.io/v1 ScheduledBackup",
            "barmancloud.cnpg.io/v1 ObjectStore",
            "k8s.keycloak.org/v2alpha1 Keycloak",
            "k8s.keycloak.org/v2alpha1 KeycloakRealmImport",
            "monitoring.coreos.com/v1 PrometheusRule",
            "monitoring.coreos.com/v1 PodMonitor");

    private TypedModels() {
    }

    static String typeOf(JsonNode document) {
        return document.path("apiVersion").asText() + " " + document.path("kind").asText();
    }

    static <T> T parse(JsonNode document, Class<T> model) {
        try {
            return JSON.treeToValue(document, model);
        } catch (Exception e) {
            throw new AssertionError(typeOf(document) + " " + document.at("/metadata/name").asText()
                    + " does not parse as " + model.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The paths of every field the model did not know (kept as additional properties), anywhere in the object. */
    static List<String> unknownFields(Object model) {
        List<String> found = new ArrayList<>();
        walk(model, "", found, 0);
        return found;
    }

    private static void walk(Object value, String path, List<String> found, int depth) {
        if (value == null || depth > 60 || value instanceof CharSequence || value instanceof Number
                || value instanceof Boolean || value instanceof Enum<?> || value.getClass().isPrimitive()) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> walk(entry, path + "." + key, found, depth + 1));
            return;
        }
        if (value instanceof Collection<?> collection) {
            int index = 0;
            for (Object element : collection) {
                walk(element, path + "[" + index++ + "]", found, depth + 1);
            }
            return;
        }
        String type = value.getClass().getName();
        if (!type.startsWith("io.fabric8.") && !type.startsWith("io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = getter.getName();
            Object property;
            try {
                if (name.equals("getAdditionalProperties")) {
                    if (getter.invoke(value) instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(key -> found.add(path + "." + key));
                    }
                    continue;
                }
                if (!name.startsWith("get") || name.length() == 3) {
                    continue;
                }
                property = getter.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            walk(property, path + "." + Character.toLowerCase(name.charAt(3)) + name.substring(4), found, depth + 1);
        }
    }
}
