package io.rasmi.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * CloudNativePG and the Keycloak operator publish no Java model: their resources are checked for the fields those
 * operators require (and the ones Rasmi relies on). The realm import is held against the realm `rasmi up` imports.
 */
class OperatorResourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldGiveEveryServiceADatabaseAndOwnerInTheCluster(String overlay) {
        JsonNode cluster = Kustomize.named(overlay, "Cluster", "rasmi-db");
        List<String> roles = new ArrayList<>();
        cluster.at("/spec/managed/roles").forEach(role -> {
            assertThat(role.path("login").asBoolean()).as(role.path("name").asText()).isTrue();
            assertThat(role.at("/passwordSecret/name").asText()).isEqualTo("rasmi-db-" + role.path("name").asText());
            roles.add(role.path("name").asText());
        });

        assertThat(cluster.at("/spec/instances").asInt()).isEqualTo(overlay.equals("dev") ? 1 : 3);
        assertThat(cluster.at("/spec/storage/size").asText()).isNotEmpty();
        assertThat(cluster.at("/spec/imageName").asText()).contains("postgresql:17");
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Repository.SERVICES);
        for (String service : Repository.SERVICES) {
            assertThat(Kustomize.ofKind(overlay, "Database")).as(service).anyMatch(db -> db.at("/spec/name").asText()
                    .equals(service) && db.at("/spec/owner").asText().equals(service)
                    && db.at("/spec/cluster/name").asText().equals("rasmi-db"));
        }
        assertThat(cluster.at("/spec/bootstrap/initdb/database").asText()).isEqualTo("keycloak");
        assertThat(cluster.at("/spec/bootstrap/initdb/secret/name").asText()).isEqualTo("rasmi-db-keycloak");
    }

    @Test
    void shouldBackUpTheClusterToObjectStorageOnASchedule() {
        JsonNode cluster = Kustomize.named("production", "Cluster", "rasmi-db");
        JsonNode plugin = cluster.at("/spec/plugins/0");
        JsonNode store = Kustomize.named("production", "ObjectStore", plugin.at("/parameters/barmanObjectName").asText());
        JsonNode backup = Kustomize.named("production", "ScheduledBackup", "rasmi-db-nightly");

        assertThat(plugin.path("name").asText()).isEqualTo("barman-cloud.cloudnative-pg.io");
        assertThat(plugin.path("isWALArchiver").asBoolean()).isTrue();
        assertThat(store.at("/spec/configuration/destinationPath").asText()).startsWith("s3://");
        assertThat(store.at("/spec/configuration/s3Credentials/accessKeyId/name").asText()).isEqualTo("rasmi-backup-s3");
        assertThat(store.at("/spec/configuration/s3Credentials/secretAccessKey/name").asText())
                .isEqualTo("rasmi-backup-s3");
        assertThat(store.at("/spec/retentionPolicy").asText()).matches("\\d+[dwm]");
        assertThat(backup.at("/spec/cluster/name").asText()).isEqualTo("rasmi-db");
        assertThat(backup.at("/spec/schedule").asText().split(" ")).as("six cron fields, seconds first").hasSize(6);
        assertThat(backup.at("/spec/method").asText()).isEqualTo("plugin");
        assertThat(backup.at("/spec/pluginConfiguration/name").asText()).isEqualTo(plugin.path("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "production"})
    void shouldRunKeycloakOnItsDatabaseBehindTheIngress(String overlay) {
        JsonNode keycloak = Kustomize.named(overlay, "Keycloak", "rasmi-keycloak");

        assertThat(keycloak.at("/spec/instances").asInt()).isPositive();
        assertThat(keycloak.at("/spec/db/vendor").asText()).isEqualTo("postgres");
        assertThat(keycloak.at("/spec/db/host").asText()).isEqualTo("rasmi-db-rw");
        assertThat(keycloak.at("/spec/db/database").asText()).isEqualTo("keycloak");
        assertThat(keycloak.at("/spec/db/usernameSecret/name").asText()).isEqualTo("rasmi-db-keycloak");
        assertThat(keycloak.at("/spec/db/passwordSecret/name").asText()).isEqualTo("rasmi-db-keycloak");
        assertThat(keycloak.at("/spec/hostname/hostname").asText()).startsWith("https://");
        assertThat(keycloak.at("/spec/http/httpEnabled").asBoolean()).isTrue();
        assertThat(Kustomize.named(overlay, "ConfigMap", "rasmi-platform").at("/data/QUARKUS_OIDC_AUTH_SERVER_URL")
                .asText()).isEqualTo("http://rasmi-keycloak-service:8080/realms/rasmi");
    }

    @Test
    void shouldImportTheLocalRealmWithoutItsDemoUsersAndSecretsInProduction() throws IOException {
        JsonNode imported = realmImport("production");
        ObjectNode expected = localRealm();
        expected.remove("users");
        ArrayNode clients = (ArrayNode) expected.get("clients");
        for (int i = clients.size() - 1; i >= 0; i--) {
            if (clients.get(i).has("secret") && !clients.get(i).path("clientId").asText().equals(CONSOLE_CLIENT)) {
                clients.remove(i);
            }
        }
        ObjectNode realm = imported.at("/spec/realm").deepCopy();
        // the console's client is checked on its own (below): its host and secret are the deployment's
        replaceClient(expected, client(realm, CONSOLE_CLIENT));

        assertThat(imported.at("/spec/keycloakCRName").asText()).isEqualTo("rasmi-keycloak");
        assertThat(realm).isEqualTo(expected);
        assertThat(realm.toString()).doesNotContain("\"credentials\"");
        assertThat(realm.findValues("secret")).extracting(JsonNode::asText)
                .containsExactly("${" + CONSOLE_SECRET_PLACEHOLDER + "}");
    }

    /**
     * The console's client in production: the local one with the console's host (the host of its Ingress) for its
     * redirects, and its secret a placeholder the operator fills from the Secret the console's Deployment reads.
     */
    @Test
    void shouldGiveTheConsoleItsClientOnItsOwnHostWithItsSecretFromASecret() throws IOException {
        JsonNode imported = realmImport("production");
        ObjectNode production = client((ObjectNode) imported.at("/spec/realm"), CONSOLE_CLIENT).deepCopy();
        ObjectNode local = client(localRealm(), CONSOLE_CLIENT).deepCopy();
        String host = Kustomize.named("production", "Ingress", "rasmi-console").at("/spec/rules/0/host").asText();
        JsonNode secretRef = consoleSecretReference();

        assertThat(host).isNotBlank();
        assertThat(production.path("redirectUris")).extracting(JsonNode::asText)
                .containsExactly("https://" + host + "/*");
        assertThat(production.path("rootUrl").asText()).isEqualTo("https://" + host);
        assertThat(production.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo("https://" + host + "/*");
        assertThat(production.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(production.path("secret").asText()).isEqualTo("${" + CONSOLE_SECRET_PLACEHOLDER + "}");
        assertThat(imported.at("/spec/placeholders/" + CONSOLE_SECRET_PLACEHOLDER + "/secret")).isEqualTo(secretRef);
        for (String field : List.of("name", "description", "secret", "rootUrl", "redirectUris")) {
            production.remove(field);
            local.remove(field);
        }
        ((ObjectNode) production.get("attributes")).remove("post.logout.redirect.uris");
        ((ObjectNode) local.get("attributes")).remove("post.logout.redirect.uris");
        assertThat(production).isEqualTo(local);
    }

    private static final String CONSOLE_CLIENT = "rasmi-console";
    private static final String CONSOLE_SECRET_PLACEHOLDER = "RASMI_CONSOLE_CLIENT_SECRET";

    /** {name, key} of the Secret the console's Deployment reads its client secret from. */
    private static JsonNode consoleSecretReference() {
        for (JsonNode variable : Kustomize.named("production", "Deployment", "console")
                .at("/spec/template/spec/containers/0/env")) {
            if (variable.path("name").asText().equals("QUARKUS_OIDC_CREDENTIALS_SECRET")) {
                return variable.at("/valueFrom/secretKeyRef");
            }
        }
        throw new AssertionError("the console's Deployment does not set QUARKUS_OIDC_CREDENTIALS_SECRET");
    }

    private static ObjectNode client(ObjectNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) client;
            }
        }
        throw new AssertionError("the realm has no client " + clientId);
    }

    private static void replaceClient(ObjectNode realm, ObjectNode replacement) {
        ArrayNode clients = (ArrayNode) realm.get("clients");
        for (int i = 0; i < clients.size(); i++) {
            if (clients.get(i).path("clientId").asText().equals(replacement.path("clientId").asText())) {
                clients.set(i, replacement);
            }
        }
    }

    @Test
    void shouldImportTheWholeLocalRealmWithItsDemoUsersInDev() throws IOException {
        assertThat(realmImport("dev").at("/spec/realm")).isEqualTo(localRealm());
        assertThat(realmImport("dev").at("/spec/realm/users")).hasSizeGreaterThan(10);
    }

    private static JsonNode realmImport(String overlay) {
        return Kustomize.named(overlay, "KeycloakRealmImport", "rasmi-realm");
    }

    private static ObjectNode localRealm() throws IOException {
        return (ObjectNode) TypedModels.JSON.readTree(Repository.LOCAL_REALM.toFile());
    }
}
