package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

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
