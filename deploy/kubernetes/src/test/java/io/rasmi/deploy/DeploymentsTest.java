package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the services run: locked down in both overlays, one replica in dev, three spread and protected in production. */
class DeploymentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldRunEveryServiceNonRootReadOnlyWithoutATokenAndWithRequestsAndLimits(String overlay) {
        List<Deployment> deployments = deployments(overlay);

        assertThat(deployments).extracting(d -> d.getMetadata().getName()).containsExactlyInAnyOrder(
                "account-service", "content-service", "kpi-service", "incident-service", "console");
        for (Deployment deployment : deployments) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            Container container = pod.getContainers().get(0);
            String name = deployment.getMetadata().getName();

            assertThat(pod.getAutomountServiceAccountToken()).as(name).isFalse();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(container.getVolumeMounts()).as(name)
                    .anyMatch(mount -> mount.getMountPath().equals("/tmp") && emptyDir(pod, mount.getName()));
            for (Map<String, Quantity> resources : List.of(container.getResources().getRequests(),
                    container.getResources().getLimits())) {
                assertThat(resources).as(name).containsKeys("cpu", "memory");
            }
            assertThat(Quantity.getAmountInBytes(container.getResources().getLimits().get("memory")))
                    .as(name + " memory limit").isGreaterThanOrEqualTo(
                            Quantity.getAmountInBytes(container.getResources().getRequests().get("memory")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev"})
    void shouldRunOneReplicaOfEachServiceInDev(String overlay) {
        assertThat(deployments(overlay)).allSatisfy(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(1));
        assertThat(Kustomize.ofKind(overlay, "HorizontalPodAutoscaler")).isEmpty();
        assertThat(Kustomize.ofKind(overlay, "KafkaNodePool"))
                .allSatisfy(pool -> assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(1));
        // One broker holds one replica: a topic the dev overlay does not patch could never be created.
        assertThat(Kustomize.ofKind(overlay, "KafkaTopic")).allSatisfy(topic -> {
            assertThat(topic.at("/spec/replicas").asInt()).as(topic.at("/spec/topicName").asText()).isEqualTo(1);
            assertThat(topic.at("/spec/config/min.insync.replicas").asInt()).isEqualTo(1);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"production"})
    void shouldSpreadThreeReplicasOverNodesWithABudgetAndAnAutoscalerInProduction(String overlay) {
        for (Deployment deployment : deployments(overlay)) {
            String name = deployment.getMetadata().getName();
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();

            // The autoscaler owns the count (at least three): an apply must not scale the Deployment back.
            assertThat(deployment.getSpec().getReplicas()).as(name).isNull();
            assertThat(pod.getTopologySpreadConstraints()).as(name).anySatisfy(spread -> {
                assertThat(spread.getTopologyKey()).isEqualTo("kubernetes.io/hostname");
                assertThat(spread.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
                assertThat(spread.getMaxSkew()).isEqualTo(1);
                assertThat(labels).containsAllEntriesOf(spread.getLabelSelector().getMatchLabels());
                assertThat(spread.getLabelSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", name);
            });
            PodDisruptionBudget budget = TypedModels.parse(Kustomize.named(overlay, "PodDisruptionBudget", name),
                    PodDisruptionBudget.class);
            assertThat(labels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMinAvailable().getIntVal()).as(name).isEqualTo(2);
            HorizontalPodAutoscaler autoscaler = TypedModels.parse(
                    Kustomize.named(overlay, "HorizontalPodAutoscaler", name), HorizontalPodAutoscaler.class);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(3);
            assertThat(autoscaler.getSpec().getMaxReplicas()).isGreaterThan(3);
        }
        assertThat(Kustomize.ofKind(overlay, "KafkaNodePool"))
                .allSatisfy(pool -> assertThat(pool.at("/spec/replicas").asInt()).isEqualTo(3));
        assertThat(Kustomize.named(overlay, "Keycloak", "rasmi-keycloak").at("/spec/instances").asInt()).isEqualTo(3);
    }

    private static boolean emptyDir(PodSpec pod, String volume) {
        return pod.getVolumes().stream().filter(v -> v.getName().equals(volume)).map(Volume::getEmptyDir)
                .anyMatch(java.util.Objects::nonNull);
    }

    private static List<Deployment> deployments(String overlay) {
        return Kustomize.ofKind(overlay, "Deployment").stream()
                .map(document -> TypedModels.parse(document, Deployment.class)).toList();
    }
}
