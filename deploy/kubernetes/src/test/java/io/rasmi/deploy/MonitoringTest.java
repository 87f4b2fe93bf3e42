package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The alert rules and the dashboard cover what breaks Rasmi, with metrics the services really expose. */
class MonitoringTest {

    private static final Pattern RASMI_METRIC = Pattern.compile("\\brasmi_[a-z0-9_]+");
    private static final Pattern METER = Pattern.compile("(?:Gauge|Counter|Timer|DistributionSummary)\\.builder\\(\"(rasmi\\.[a-z0-9.]+)\"");

    @Test
    void shouldAlertOnEveryFailureTheIssueNames() {
        List<String> alerts = new ArrayList<>();
        rule().at("/spec/groups").forEach(group -> group.path("rules").forEach(rule -> {
            assertThat(rule.path("expr").asText()).as(rule.path("alert").asText()).isNotBlank();
            assertThat(rule.at("/labels/severity").asText()).isIn("warning", "critical");
            alerts.add(rule.path("alert").asText());
        }));

        assertThat(alerts).contains("RasmiOutboxLagging", "RasmiOutboxPendingHigh", "RasmiDeadLetters",
                "RasmiConsumerLag", "RasmiNoticesFailed", "RasmiHttp5xx", "RasmiTokenErrors",
                "RasmiCertificateExpiresSoon", "RasmiCertificateNotReady");
    }

    @Test
    void shouldUseOnlyRasmiMetricsTheServicesRegister() {
        Set<String> registered = registeredMetrics();
        Set<String> used = metrics(rule().toString());
        used.addAll(metrics(dashboard().toString()));

        assertThat(registered).contains("rasmi_outbox_pending", "rasmi_outbox_lag_seconds");
        assertThat(used).isNotEmpty().allSatisfy(metric -> assertThat(registered).contains(metric));
    }

    @Test
    void shouldChartEveryMetricTheRulesAlertOn() {
        Set<String> alerted = new TreeSet<>();
        Pattern metric = Pattern.compile("\\b(rasmi_[a-z_]+|kafka_[a-z_]+|http_server_[a-z_]+|cnpg_[a-z_]+|certmanager_[a-z_]+)");
        rule().at("/spec/groups").forEach(group -> group.path("rules").forEach(rule -> {
            Matcher matcher = metric.matcher(rule.path("expr").asText());
            while (matcher.find()) {
                alerted.add(matcher.group(1));
            }
        }));
        String charted = dashboard().toString();

        assertThat(alerted).hasSizeGreaterThan(6).allSatisfy(name -> assertThat(charted).contains(name));
    }

    @Test
    void shouldScrapeTheServicesAndShipTheDashboardToGrafana() {
        JsonNode monitor = Kustomize.named("production", "PodMonitor", "rasmi-services");
        JsonNode dashboardMap = Kustomize.named("production", "ConfigMap", "rasmi-grafana-dashboard");

        assertThat(monitor.at("/spec/podMetricsEndpoints/0/path").asText()).isEqualTo("/q/metrics");
        assertThat(monitor.at("/spec/podMetricsEndpoints/0/port").asText()).isEqualTo("http");
        assertThat(monitor.at("/spec/selector/matchLabels/app.kubernetes.io~1component").asText()).isEqualTo("service");
        assertThat(dashboardMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        assertThat(dashboard().path("panels")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Kustomize.named("production", "Kafka", "rasmi").at("/spec/kafkaExporter").isObject()).isTrue();
        assertThat(Kustomize.named("production", "Cluster", "rasmi-db")
                .at("/spec/monitoring/customQueriesConfigMap/0/name").asText()).isEqualTo("rasmi-db-monitoring");
    }

    /** Micrometer's Prometheus names of the meters the services and the kit build: dots to underscores, plus units. */
    private static Set<String> registeredMetrics() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Repository.ROOT)) {
            files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/java/"))
                    .forEach(file -> {
                        String source = Repository.read(file);
                        Matcher matcher = METER.matcher(source);
                        while (matcher.find()) {
                            String base = matcher.group(1).replace('.', '_');
                            String builder = source.substring(matcher.start(), matcher.start() + 8);
                            names.add(base);
                            if (builder.startsWith("Counter")) {
                                names.add(base + "_total");
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Set<String> metrics(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = RASMI_METRIC.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static JsonNode rule() {
        return Kustomize.named("production", "PrometheusRule", "rasmi");
    }

    private static JsonNode dashboard() {
        try {
            return TypedModels.JSON.readTree(Kustomize.named("production", "ConfigMap", "rasmi-grafana-dashboard")
                    .at("/data/rasmi-overview.json").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
