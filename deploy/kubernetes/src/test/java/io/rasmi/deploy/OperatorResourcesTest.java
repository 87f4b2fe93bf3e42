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
            if (clients.get(i).has("secret")) {
                clients.remove(i);
            }
        }

        assertThat(imported.at("/spec/keycloakCRName").asText()).isEqualTo("rasmi-keycloak");
        assertThat(imported.at("/spec/realm")).isEqualTo(expected);
        assertThat(imported.at("/spec/realm").toString()).doesNotContain("\"secret\"", "\"credentials\"");
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
