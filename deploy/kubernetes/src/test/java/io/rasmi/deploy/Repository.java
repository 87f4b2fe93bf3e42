package io.rasmi.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where things are in the repository, seen from this module (deploy/kubernetes). */
final class Repository {

    static final Path ROOT = findRoot();
    static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    static final Path ASYNCAPI = ROOT.resolve("platform/events/src/main/resources/asyncapi/rasmi-asyncapi.yaml");
    static final Path LOCAL_STACK = ROOT.resolve("deploy/local/rasmi");
    static final Path LOCAL_REALM = ROOT.resolve("deploy/local/realm/rasmi-realm.json");
    static final Path KIT_DEFAULTS = ROOT.resolve(
            "platform/service-kit/src/main/resources/META-INF/microprofile-config.properties");
    static final Path DIRECTORY_DEFAULTS = ROOT.resolve(
            "platform/account-directory/src/main/resources/META-INF/microprofile-config.properties");

    /** The services, by their short name (the database, the base directory) in the order `rasmi up` starts them. */
    static final List<String> SERVICES = List.of("account", "content", "kpi", "incident");
    static final List<String> OVERLAYS = List.of("dev", "production");

    private Repository() {
    }

    static Path service(String service) {
        return ROOT.resolve(service + "-service");
    }

    static Path overlay(String overlay) {
        return KUBERNETES.resolve("overlays").resolve(overlay);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A service's configuration as it runs: the kit's defaults, the account directory's where the service uses it,
     * then its own application.properties (profile-less keys only; {@code %dev.} and {@code %test.} are left out).
     */
    static Map<String, String> configuration(String service) {
        Map<String, String> properties = new LinkedHashMap<>(properties(KIT_DEFAULTS));
        if (read(service(service).resolve("pom.xml")).contains("<artifactId>rasmi-account-directory</artifactId>")) {
            properties.putAll(properties(DIRECTORY_DEFAULTS));
        }
        properties.putAll(properties(service(service).resolve("src/main/resources/application.properties")));
        return properties;
    }

    static Map<String, String> properties(Path file) {
        java.util.Properties loaded = new java.util.Properties();
        try (var reader = Files.newBufferedReader(file)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        loaded.stringPropertyNames().stream().filter(key -> !key.startsWith("%")).sorted()
                .forEach(key -> properties.put(key, loaded.getProperty(key)));
        return properties;
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("deploy")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Not inside the Rasmi repository: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
