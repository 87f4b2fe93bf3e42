package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service takes traffic only from the ingress controller and the web console (and Prometheus, on the same port,
 * for /q/metrics) and reaches only PostgreSQL, Kafka, Keycloak and DNS; incident-service also its SMTP relay. The
 * console takes traffic only from the ingress controller and reaches only the four services, Keycloak and DNS.
 */
class NetworkPoliciesTest {

    private static final String OVERLAY = "production";

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldAdmitOnlyTheIngressControllerAndPrometheusOnTheServicePort(String service) {
        NetworkPolicy policy = policy(service);
        Set<String> sources = new TreeSet<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertThat(rule.getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort().getIntVal())
                            .isEqualTo(ServiceConfiguration.httpPort(service)));
            rule.getFrom().forEach(peer -> sources.add(describe(peer)));
        }

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/name", service + "-service");
        assertThat(sources).containsExactlyInAnyOrder(
                "namespace ingress-nginx pods {app.kubernetes.io/name=ingress-nginx}",
                "namespace monitoring pods {app.kubernetes.io/name=prometheus}",
                "pods {app.kubernetes.io/name=console}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldReachOnlyPostgresKafkaKeycloakAndDns(String service) {
        List<String> destinations = new ArrayList<>();
        for (NetworkPolicyEgressRule rule : policy(service).getSpec().getEgress()) {
            List<String> ports = rule.getPorts().stream()
                    .map(port -> port.getProtocol() + "/" + port.getPort().getIntVal()).sorted().toList();
            rule.getTo().forEach(peer -> destinations.add(describe(peer) + " " + ports));
        }
        List<String> expected = new ArrayList<>(List.of(
                "pods {cnpg.io/cluster=rasmi-db} [TCP/5432]",
                "pods {strimzi.io/cluster=rasmi, strimzi.io/kind=Kafka} [TCP/9093]",
                "pods {app=keycloak, app.kubernetes.io/instance=rasmi-keycloak} [TCP/8080]",
                "namespace kube-system pods {k8s-app=kube-dns} [TCP/53, UDP/53]"));
        if (service.equals("incident")) {
            expected.add(destinations.stream().filter(d -> d.startsWith("cidr ")).findFirst().orElse("the SMTP relay"));
            assertThat(destinations).anyMatch(d -> d.startsWith("cidr ") && d.endsWith("[TCP/587]"));
        }

        assertThat(destinations).containsExactlyInAnyOrderElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void shouldLetTheConsoleTakeOnlyTheIngressControllerAndReachOnlyTheServicesKeycloakAndDns() {
        NetworkPolicy policy = TypedModels.parse(Kustomize.named(OVERLAY, "NetworkPolicy", "console"),
                NetworkPolicy.class);
        Set<String> sources = new TreeSet<>();
        for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
            assertThat(rule.getPorts()).singleElement()
                    .satisfies(port -> assertThat(port.getPort().getIntVal()).isEqualTo(8080));
            rule.getFrom().forEach(peer -> sources.add(describe(peer)));
        }
        List<String> destinations = new ArrayList<>();
        for (NetworkPolicyEgressRule rule : policy.getSpec().getEgress()) {
            List<String> ports = rule.getPorts().stream()
                    .map(port -> port.getProtocol() + "/" + port.getPort().getIntVal()).sorted().toList();
            rule.getTo().forEach(peer -> destinations.add(describe(peer) + " " + ports));
        }
        List<String> expected = new ArrayList<>(List.of(
                "pods {app=keycloak, app.kubernetes.io/instance=rasmi-keycloak} [TCP/8080]",
                "namespace kube-system pods {k8s-app=kube-dns} [TCP/53, UDP/53]"));
        for (String service : Repository.SERVICES) {
            expected.add("pods {app.kubernetes.io/name=" + service + "-service} [TCP/"
                    + ServiceConfiguration.httpPort(service) + "]");
        }

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry("app.kubernetes.io/name", "console");
        assertThat(sources).containsExactly("namespace ingress-nginx pods {app.kubernetes.io/name=ingress-nginx}");
        assertThat(destinations).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String describe(NetworkPolicyPeer peer) {
        if (peer.getIpBlock() != null) {
            return "cidr " + peer.getIpBlock().getCidr();
        }
        String pods = peer.getPodSelector() == null ? "{}" : new java.util.TreeMap<>(
                peer.getPodSelector().getMatchLabels()).toString();
        if (peer.getNamespaceSelector() != null) {
            Map<String, String> namespace = peer.getNamespaceSelector().getMatchLabels();
            return "namespace " + namespace.get("kubernetes.io/metadata.name") + " pods " + pods;
        }
        return "pods " + pods;
    }

    private static NetworkPolicy policy(String service) {
        return TypedModels.parse(Kustomize.named(OVERLAY, "NetworkPolicy", service + "-service"), NetworkPolicy.class);
    }
}
