package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Deployments against the services' own configuration: probes on the health endpoints the service serves, on
 * its HTTP port; every environment key one the service (or Quarkus, Kafka's client, the image) reads; every key
 * `rasmi up` sets also set here; the database the local stack gives it; every API path it declares routed to it.
 */
class ServiceConfigurationTest {

    private static final String OVERLAY = "production";

    /**
     * Settings read through the environment that no application.properties names: Quarkus' own
     * (quarkus.http.host, the mailer's credentials), the Kafka client's security settings (Quarkus hands every
     * KAFKA_* to the connector's clients), and the image's run-java.sh options.
     */
    private static final Set<String> PLATFORM_SETTINGS = Set.of("QUARKUS_HTTP_HOST", "QUARKUS_DATASOURCE_PASSWORD",
            "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD", "QUARKUS_MAILER_START_TLS",
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG", "KAFKA_SSL_TRUSTSTORE_TYPE",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "JAVA_OPTS_APPEND");

    private static final Pattern API_PATH = Pattern.compile("\"(/api/v1/[a-z0-9-]+|/public/v1|/taxii2)[\"/]");

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldProbeTheHealthEndpointsOnTheServicesOwnPort(String service) {
        Map<String, String> configuration = Repository.configuration(service);
        JsonNode container = container(service);
        int port = ServiceConfiguration.httpPort(service);
        String health = "/" + configuration.getOrDefault("quarkus.http.non-application-root-path", "q") + "/"
                + configuration.getOrDefault("quarkus.smallrye-health.root-path", "health");

        assertThat(Repository.read(Repository.ROOT.resolve("platform/service-kit/pom.xml")))
                .contains("<artifactId>quarkus-smallrye-health</artifactId>");
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(port);
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo(health + "/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo(health + "/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo(health + "/started");
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("http");
        }
        assertThat(env(container, "QUARKUS_HTTP_PORT").path("value").asText()).isEqualTo(String.valueOf(port));
        JsonNode kubeService = Kustomize.named(OVERLAY, "Service", service + "-service");
        assertThat(kubeService.at("/spec/ports/0/port").asInt()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldSetOnlyKeysTheServiceReads(String service) {
        Set<String> known = new TreeSet<>(PLATFORM_SETTINGS);
        for (Path file : List.of(Repository.KIT_DEFAULTS, Repository.DIRECTORY_DEFAULTS,
                Repository.service(service).resolve("src/main/resources/application.properties"))) {
            for (String key : allKeys(file)) {
                known.add(environmentName(key.replaceFirst("^%[a-z]+\\.", "")));
            }
        }
        List<String> unknown = new ArrayList<>();
        container(service).path("env").forEach(variable -> {
            if (!known.contains(variable.get("name").asText())) {
                unknown.add(variable.get("name").asText());
            }
        });

        assertThat(unknown).as("environment keys %s-service does not read", service).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldSetEveryKeyTheLocalStackSets(String service) {
        Set<String> set = new TreeSet<>();
        container(service).path("env").forEach(variable -> set.add(variable.get("name").asText()));
        Set<String> local = localStackKeys(service + "-service");

        assertThat(local).contains("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS",
                "QUARKUS_OIDC_AUTH_SERVER_URL");
        assertThat(set).containsAll(local);
    }

    @org.junit.jupiter.api.Test
    void shouldReadTheServiceSpecificKeysOfTheLocalStackForThatServiceOnly() {
        assertThat(localStackKeys("account-service")).contains("ACCOUNT_PASSWORDS_FINGERPRINT_KEY")
                .doesNotContain("QUARKUS_MAILER_HOST");
        assertThat(localStackKeys("incident-service")).contains("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT")
                .doesNotContain("ACCOUNT_PASSWORDS_FINGERPRINT_KEY");
        assertThat(localStackKeys("kpi-service")).contains("QUARKUS_HTTP_HOST")
                .doesNotContain("ACCOUNT_PASSWORDS_FINGERPRINT_KEY", "QUARKUS_MAILER_HOST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldUseTheServicesOwnDatabaseOnTheReadWriteService(String service) {
        JsonNode container = container(service);
        String database = localStackDatabase(service + "-service");

        assertThat(env(container, "QUARKUS_DATASOURCE_JDBC_URL").path("value").asText())
                .isEqualTo("jdbc:postgresql://rasmi-db-rw:5432/" + database);
        assertThat(env(container, "QUARKUS_DATASOURCE_USERNAME").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("rasmi-db-" + service);
        assertThat(env(container, "QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText())
                .isEqualTo("rasmi-db-" + service);
        assertThat(Kustomize.ofKind(OVERLAY, "Database")).anyMatch(db -> db.at("/spec/name").asText().equals(database)
                && db.at("/spec/owner").asText().equals(service) && db.at("/spec/cluster/name").asText()
                        .equals("rasmi-db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldRouteEveryPathTheServiceDeclaresToIt(String service) {
        Set<String> declared = declaredPaths(service);
        List<String> unrouted = new ArrayList<>();
        for (String path : declared) {
            String ingress = path.equals("/public/v1") ? "rasmi-public" : "rasmi-government";
            if (!routedTo(ingress, path).equals(service + "-service")) {
                unrouted.add(path + " (" + ingress + " sends it to " + routedTo(ingress, path) + ")");
            }
        }

        assertThat(declared).isNotEmpty();
        assertThat(unrouted).as("paths of %s-service not routed to it by base/platform/ingress.yaml", service)
                .isEmpty();
    }

    /**
     * account-service believes X-Forwarded-For (the public lookup's rate limit counts the visitor it names), and the
     * console reads it to pass its visitor on, from the proxies listed in each overlay, never from anyone: an empty
     * list would trust every sender.
     */
    @ParameterizedTest
    @CsvSource({"dev, account-service", "production, account-service", "dev, console", "production, console"})
    void shouldTrustForwardedAddressesFromListedProxiesOnly(String overlay, String deployment) {
        JsonNode source = env(Kustomize.named(overlay, "Deployment", deployment)
                .at("/spec/template/spec/containers/0"), "QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")
                .at("/valueFrom/configMapKeyRef");
        String ranges = Kustomize.named(overlay, "ConfigMap", source.path("name").asText())
                .at("/data/" + source.path("key").asText()).asText();
        Path properties = Repository.ROOT.resolve(deployment).resolve("src/main/resources/application.properties");

        assertThat(Repository.properties(properties))
                .containsEntry("quarkus.http.proxy.proxy-address-forwarding", "true")
                .containsEntry("quarkus.http.proxy.allow-x-forwarded", "true");
        assertThat(ranges.split(",")).as("trusted proxies of %s in %s", deployment, overlay).isNotEmpty()
                .allSatisfy(range -> assertThat(range.trim()).matches("[0-9a-f.:]+/[0-9]{1,3}"));
    }

    /** The backend of the longest matching path of an Ingress, as ingress-nginx chooses it. */
    static String routedTo(String ingress, String path) {
        String backend = "nothing";
        int longest = -1;
        for (JsonNode rule : Kustomize.named(OVERLAY, "Ingress", ingress).at("/spec/rules")) {
            for (JsonNode candidate : rule.at("/http/paths")) {
                String prefix = candidate.get("path").asText();
                boolean exact = candidate.get("pathType").asText().equals("Exact");
                boolean matches = exact ? path.equals(prefix)
                        : path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
                if (matches && prefix.length() > longest && !rule.path("host").asText().startsWith("sso.")) {
                    longest = prefix.length();
                    backend = candidate.at("/backend/service/name").asText();
                }
            }
        }
        return backend;
    }

    private static Set<String> declaredPaths(String service) {
        Set<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repository.service(service).resolve("src/main/java"))) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = API_PATH.matcher(Repository.read(file));
                while (matcher.find()) {
                    paths.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paths;
    }

    /**
     * The environment keys deploy/local/rasmi's service_command (what start_service and `rasmi run` launch) sets for a
     * service (for all, or in its `if` block).
     */
    static Set<String> localStackKeys(String serviceName) {
        Set<String> keys = new LinkedHashSet<>();
        String body = startServiceBody();
        String only = null;
        Pattern onlyFor = Pattern.compile("if \\[\\[ \"\\$svc\" == ([a-z-]+) \\]\\]");
        // KEY=value, not a shell array assignment such as SERVICE_CMD=(...)
        Pattern key = Pattern.compile("(?<![A-Za-z0-9_$])([A-Z][A-Z0-9_]{2,})=(?!\\()");
        for (String line : body.split("\n")) {
            Matcher condition = onlyFor.matcher(line);
            if (condition.find()) {
                only = condition.group(1);
                continue;
            }
            if (line.trim().equals("fi")) {
                only = null;
                continue;
            }
            if (only != null && !only.equals(serviceName)) {
                continue;
            }
            Matcher matcher = key.matcher(line);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        return keys;
    }

    private static String localStackDatabase(String serviceName) {
        Matcher matcher = Pattern.compile("\\[" + Pattern.quote(serviceName) + "\\]=([a-z]+)")
                .matcher(Repository.read(Repository.LOCAL_STACK).lines()
                        .filter(line -> line.startsWith("declare -A SERVICE_DB=")).findFirst().orElseThrow());
        assertThat(matcher.find()).as("SERVICE_DB of " + serviceName + " in deploy/local/rasmi").isTrue();
        return matcher.group(1);
    }

    private static String startServiceBody() {
        String script = Repository.read(Repository.LOCAL_STACK);
        int start = script.indexOf("service_command() {");
        assertThat(start).as("service_command() in deploy/local/rasmi").isNotNegative();
        return script.substring(start, script.indexOf("\n}\n", start));
    }

    private static Set<String> allKeys(Path file) {
        java.util.Properties properties = new java.util.Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames();
    }

    /** MicroProfile Config's environment form of a property: upper case, every other character an underscore. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    static JsonNode container(String service) {
        return Kustomize.named(OVERLAY, "Deployment", service + "-service").at("/spec/template/spec/containers/0");
    }

    static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable;
            }
        }
        throw new AssertionError(container.path("name").asText() + " does not set " + name);
    }
}
