package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web console's Deployment against the console's own configuration and `rasmi up`'s start_console: the keys it
 * sets are keys the console reads, every key the local stack sets is set (but Secure cookies stay on), the services
 * it calls are the cluster's Services on their ports, its client secret comes from a Secret, its probes are the
 * health endpoints it serves, and its Ingresses send the public page to everyone and the rest to the government
 * networks only.
 */
class ConsoleDeploymentTest {

    private static final Path CONSOLE = Repository.ROOT.resolve("console");

    /** Read through the environment without a property of the console naming them: the image's run-java.sh options. */
    private static final Set<String> PLATFORM_SETTINGS = Set.of("JAVA_OPTS_APPEND");

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldSetOnlyKeysTheConsoleReadsAndEveryKeyTheLocalStackSetsButInsecureCookies(String overlay) {
        Set<String> known = new TreeSet<>(PLATFORM_SETTINGS);
        consoleProperties().stringPropertyNames().forEach(key -> known.add(
                ServiceConfigurationTest.environmentName(key.replaceFirst("^%[a-z]+\\.", ""))));
        Set<String> set = new TreeSet<>();
        container(overlay).path("env").forEach(variable -> set.add(variable.get("name").asText()));
        Set<String> local = localStackKeys();
        List<String> unknown = set.stream().filter(key -> !known.contains(key)).toList();

        assertThat(local).contains("QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_REST_CLIENT_ACCOUNT_SERVICE_URL",
                "CONSOLE_COOKIES_SECURE");
        assertThat(unknown).as("environment keys the console does not read").isEmpty();
        local.remove("CONSOLE_COOKIES_SECURE");
        assertThat(set).containsAll(local).doesNotContain("CONSOLE_COOKIES_SECURE");
        assertThat(consoleProperties().getProperty("console.cookies.secure")).isEqualTo("true");
    }

    @Test
    void shouldCallEachServiceThroughItsClusterServiceOnItsPort() {
        JsonNode container = container("production");
        for (String service : Repository.SERVICES) {
            String key = "QUARKUS_REST_CLIENT_" + service.toUpperCase(java.util.Locale.ROOT) + "_SERVICE_URL";
            int port = ServiceConfiguration.httpPort(service);
            JsonNode kubeService = Kustomize.named("production", "Service", service + "-service");

            assertThat(ServiceConfigurationTest.env(container, key).path("value").asText())
                    .isEqualTo("http://" + service + "-service:" + port);
            assertThat(kubeService.at("/spec/ports/0/port").asInt()).isEqualTo(port);
            assertThat(consoleProperties().stringPropertyNames())
                    .contains("quarkus.rest-client." + service + "-service.url");
        }
    }

    @Test
    void shouldReadTheClientSecretFromASecretAndKeycloakFromThePlatformSettings() {
        JsonNode container = container("production");

        assertThat(ServiceConfigurationTest.env(container, "QUARKUS_OIDC_CREDENTIALS_SECRET")
                .at("/valueFrom/secretKeyRef/name").asText()).isEqualTo("rasmi-console");
        assertThat(ServiceConfigurationTest.env(container, "QUARKUS_OIDC_CREDENTIALS_SECRET").has("value")).isFalse();
        assertThat(ServiceConfigurationTest.env(container, "QUARKUS_OIDC_AUTH_SERVER_URL")
                .at("/valueFrom/configMapKeyRef/name").asText()).isEqualTo("rasmi-platform");
        assertThat(Kustomize.ofKind("production", "Secret")).isEmpty();
    }

    @Test
    void shouldProbeTheConsolesHealthEndpointsOnItsPortAndRunTheImageTheReadmeBuilds() {
        JsonNode container = container("production");
        String port = consoleProperties().getProperty("quarkus.http.port");

        assertThat(Repository.read(CONSOLE.resolve("pom.xml"))).contains("<artifactId>quarkus-smallrye-health</artifactId>");
        assertThat(container.at("/ports/0/containerPort").asText()).isEqualTo(port);
        assertThat(ServiceConfigurationTest.env(container, "QUARKUS_HTTP_PORT").path("value").asText()).isEqualTo(port);
        assertThat(ServiceConfigurationTest.env(container, "QUARKUS_HTTP_HOST").path("value").asText())
                .isEqualTo("0.0.0.0");
        for (String probe : List.of("liveness", "readiness", "startup")) {
            String kind = probe.equals("readiness") ? "ready" : probe.equals("liveness") ? "live" : "started";
            assertThat(container.at("/" + probe + "Probe/httpGet/path").asText()).isEqualTo("/q/health/" + kind);
            assertThat(container.at("/" + probe + "Probe/httpGet/port").asText()).isEqualTo("http");
        }
        assertThat(Kustomize.named("production", "Service", "console").at("/spec/ports/0/port").asText())
                .isEqualTo(port);
        assertThat(container.path("image").asText()).isEqualTo("rasmi/console:0.1.0-SNAPSHOT");
        assertThat(Repository.read(Repository.KUBERNETES.resolve("README.md"))).contains(
                "docker build -f console/src/main/docker/Dockerfile.jvm -t rasmi/console:0.1.0-SNAPSHOT console");
        assertThat(Repository.read(CONSOLE.resolve("src/main/docker/Dockerfile.jvm"))).contains("EXPOSE " + port)
                .containsPattern("(?m)^USER 185$");
    }

    @Test
    void shouldOpenThePublicPageToEveryoneAndTheRestToTheGovernmentNetworksOnly() {
        JsonNode open = Kustomize.named("production", "Ingress", "rasmi-console-public");
        JsonNode closed = Kustomize.named("production", "Ingress", "rasmi-console");
        String allowed = "nginx.ingress.kubernetes.io/whitelist-source-range";
        List<String> openPaths = new ArrayList<>();
        open.at("/spec/rules/0/http/paths").forEach(path -> {
            openPaths.add(path.path("path").asText());
            assertThat(path.at("/backend/service/name").asText()).isEqualTo("console");
        });

        assertThat(open.at("/metadata/annotations").has(allowed)).isFalse();
        assertThat(openPaths).contains("/verify", "/css", "/fonts", "/webjars", "/language").doesNotContain("/");
        assertThat(closed.at("/spec/rules/0/http/paths/0/path").asText()).isEqualTo("/");
        assertThat(closed.at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo("console");
        assertThat(closed.at("/metadata/annotations").path(allowed).asText()).isEqualTo(
                Kustomize.named("production", "Ingress", "rasmi-government").at("/metadata/annotations")
                        .path(allowed).asText());
        assertThat(closed.at("/spec/tls/0/secretName").asText()).isEqualTo("rasmi-console-tls");
        assertThat(closed.at("/spec/rules/0/host").asText()).isEqualTo(open.at("/spec/rules/0/host").asText());
    }

    private static JsonNode container(String overlay) {
        return Kustomize.named(overlay, "Deployment", "console").at("/spec/template/spec/containers/0");
    }

    private static Properties consoleProperties() {
        Properties properties = new Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(
                CONSOLE.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    /** The environment keys deploy/local/rasmi's start_console sets for the console. */
    private static Set<String> localStackKeys() {
        String script = Repository.read(Repository.LOCAL_STACK);
        int start = script.indexOf("start_console() {");
        assertThat(start).as("start_console() in deploy/local/rasmi").isNotNegative();
        String body = script.substring(start, script.indexOf("\n}\n", start));
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = Pattern.compile("(?<![A-Za-z0-9_$])([A-Z][A-Z0-9_]{2,})=(?!\\()").matcher(body);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }
}
