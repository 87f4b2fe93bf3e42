package io.rasmi.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders an overlay with {@code kubectl kustomize}, as an operator's {@code kubectl apply -k} would. */
final class Kustomize {

    static final ObjectMapper YAML = new YAMLMapper();
    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The documents of an overlay, rendered once per test run. */
    static List<JsonNode> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, name -> parse(run(Repository.overlay(name))));
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return render(overlay).stream().filter(document -> kind.equals(document.path("kind").asText())).toList();
    }

    static JsonNode named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(document -> name.equals(document.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " renders no " + kind + " " + name));
    }

    /** The kubectl to run: $KUBECTL if set (to try another version), else the one installed. */
    static String kubectl() {
        String chosen = System.getenv("KUBECTL");
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        for (String candidate : List.of("/usr/bin/kubectl", "/usr/local/bin/kubectl")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return "kubectl";
    }

    private static String run(Path directory) {
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl(), "kustomize", directory.toString())
                    .redirectError(errors.toFile()).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + directory + " did not finish in 120 s");
            }
            String stderr = Files.readString(errors);
            Files.deleteIfExists(errors);
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed (" + process.exitValue() + "): "
                        + stderr);
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed (`apt-get install kubernetes-client`, or the "
                    + "Kubernetes project's kubectl) to render deploy/kubernetes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<JsonNode> parse(String yaml) {
        List<JsonNode> documents = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            var values = YAML.readValues(parser, JsonNode.class);
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
