package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's image: its Dockerfile.jvm (Quarkus' fast-jar layout, a non-root user, the service's port), and the
 * one build command the README gives. No container engine here, so the image itself is not built.
 */
class ContainerImagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldHaveAJvmDockerfileInTheFastJarLayoutRunningAsNonRoot(String service) {
        Path dockerfile = Repository.service(service).resolve("src/main/docker/Dockerfile.jvm");
        assertThat(dockerfile).isRegularFile();
        String text = Repository.read(dockerfile);

        assertThat(text).contains("COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/",
                "COPY --chown=185 target/quarkus-app/*.jar /deployments/",
                "COPY --chown=185 target/quarkus-app/app/ /deployments/app/",
                "COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/",
                "ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
        assertThat(text).containsPattern("(?m)^USER 185$").containsPattern("(?m)^FROM \\S+openjdk-17\\S*$");
        assertThat(text).contains("EXPOSE " + ServiceConfiguration.httpPort(service));
        assertThat(Repository.service(service).resolve(".dockerignore")).isRegularFile();
    }

    @Test
    void shouldGiveTheKpiImageFontconfigForTheReportCharts() {
        String text = Repository.read(Repository.service("kpi").resolve("src/main/docker/Dockerfile.jvm"));

        assertThat(text).containsPattern("(?m)^RUN microdnf install -y fontconfig\\b");
        assertThat(text.lastIndexOf("\nUSER 185")).as("runs as 185 after the install")
                .isGreaterThan(text.indexOf("microdnf install"));
    }

    /** account and content keep the server compiler, late; kpi and incident run the client compiler only. */
    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldGiveEachImageTheCompilerFlagsTheLocalStackRunsItWith(String service) {
        String text = Repository.read(Repository.service(service).resolve("src/main/docker/Dockerfile.jvm"));
        Matcher options = Pattern.compile("(?m)^ENV JDK_JAVA_OPTIONS=\"([^\"]*)\"$").matcher(text);
        assertThat(options.find()).as("JDK_JAVA_OPTIONS in %s-service's Dockerfile.jvm", service).isTrue();

        String expected = service.equals("account") || service.equals("content") ? serverCompilerLate()
                : "-XX:TieredStopAtLevel=1";
        assertThat(options.group(1)).isEqualTo(expected);
        assertThat(text).contains("ENV MALLOC_ARENA_MAX=2");
    }

    /** SERVER_COMPILER_LATE in deploy/local/rasmi, on one line. */
    private static String serverCompilerLate() {
        String rasmi = Repository.read(Repository.LOCAL_STACK);
        Matcher late = Pattern.compile("(?m)^SERVER_COMPILER_LATE=\\(([^)]*)\\)").matcher(rasmi);
        assertThat(late.find()).as("SERVER_COMPILER_LATE in deploy/local/rasmi").isTrue();
        return late.group(1).replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "content", "kpi", "incident"})
    void shouldNameTheBuildCommandAndTheImageTheDeploymentRuns(String service) throws Exception {
        String command = "docker build -f " + service + "-service/src/main/docker/Dockerfile.jvm -t rasmi/" + service
                + "-service:0.1.0-SNAPSHOT " + service + "-service";
        String readme = Files.readString(Repository.KUBERNETES.resolve("README.md"));

        assertThat(readme).contains(command);
        assertThat(ServiceConfigurationTest.container(service).path("image").asText())
                .isEqualTo("rasmi/" + service + "-service:0.1.0-SNAPSHOT");
    }
}
