package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each overlay renders, and every document in it is a kind we know, in the shape its typed model knows. */
class OverlaysRenderTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldRenderOnlyKindsWithATypedModelOrAFieldCheck(String overlay) {
        List<String> unknown = Kustomize.render(overlay).stream().map(TypedModels::typeOf)
                .filter(type -> !TypedModels.MODELS.containsKey(type) && !TypedModels.CHECKED_BY_FIELDS.contains(type))
                .distinct().toList();

        assertThat(Kustomize.render(overlay)).hasSizeGreaterThan(40);
        assertThat(unknown).as("kinds %s renders that no test checks", overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldParseEveryDocumentWithItsTypedModelAndNoUnknownField(String overlay) {
        List<String> problems = new ArrayList<>();
        int typed = 0;
        for (JsonNode document : Kustomize.render(overlay)) {
            Class<?> model = TypedModels.MODELS.get(TypedModels.typeOf(document));
            if (model == null) {
                continue;
            }
            typed++;
            Object parsed = TypedModels.parse(document, model);
            for (String field : TypedModels.unknownFields(parsed)) {
                problems.add(TypedModels.typeOf(document) + " " + document.at("/metadata/name").asText() + ": " + field);
            }
        }

        assertThat(typed).isGreaterThan(30);
        assertThat(problems).as("fields the typed models do not know").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void shouldNameAFieldTheTypedModelDoesNotKnow() throws Exception {
        JsonNode deployment = Kustomize.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  template:
                    spec:
                      containers:
                        - name: c
                          readinessProbes: {}
                """);
        JsonNode user = Kustomize.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata: {name: typo}
                spec:
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t}
                        operations: [Read]
                        hosts: "*"
                """);

        assertThat(TypedModels.unknownFields(TypedModels.parse(deployment, TypedModels.MODELS.get("apps/v1 Deployment"))))
                .containsExactly(".spec.template.spec.containers[0].readinessProbes");
        assertThat(TypedModels.unknownFields(TypedModels.parse(user, TypedModels.MODELS.get("kafka.strimzi.io/v1 KafkaUser"))))
                .anyMatch(field -> field.endsWith(".hosts"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldPutEveryNamespacedResourceIntoTheRasmiNamespace(String overlay) {
        List<String> elsewhere = Kustomize.render(overlay).stream()
                .filter(document -> !document.path("kind").asText().equals("Namespace"))
                .filter(document -> !"rasmi".equals(document.at("/metadata/namespace").asText()))
                .map(document -> TypedModels.typeOf(document) + " " + document.at("/metadata/name").asText())
                .toList();

        assertThat(elsewhere).isEmpty();
    }
}
