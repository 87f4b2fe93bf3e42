package io.rasmi.incident.cert;

import static io.rasmi.incident.cert.CertAnalyst.certAnalyst;
import static io.rasmi.incident.cert.CertAnalyst.entityStaff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.StixBundle;

@QuarkusTest
class CertExportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CertFeed feed;

    @Test
    void shouldAnswerTheNewestBundleAsStixOrJson() throws Exception {
        UUID incidentId = publishReportAndClosing();

        String stix = certAnalyst().accept(StixBundle.MEDIA_TYPE)
                .get("/api/v1/cert/incidents/{id}/stix", incidentId)
                .then().statusCode(200).contentType(startsWith("application/stix+json")).extract().asString();
        String json = certAnalyst().accept("application/json")
                .get("/api/v1/cert/incidents/{id}/stix", incidentId)
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString();

        JsonNode bundle = JSON.readTree(stix);
        StixSchemas.assertValidBundle(bundle);
        assertThat(JSON.readTree(json)).isEqualTo(bundle);
        assertThat(StixBundlesTest.incident(bundle).at("/extensions/" + StixBundles.INCIDENT_CORE
                + "/investigation_status").asText()).isEqualTo("closed");
    }

    @Test
    void shouldAnswerTheIncidentAsAMispEvent() {
        UUID incidentId = publishReportAndClosing();

        certAnalyst().accept("application/json").get("/api/v1/cert/incidents/{id}/misp", incidentId)
                .then().statusCode(200)
                .body("Event.uuid", equalTo(StixIds.incident(incidentId).substring("incident--".length())))
                .body("Event.analysis", equalTo("2"))
                .body("Event.Tag[0].name", equalTo("tlp:amber"))
                .body("Event.Object.size()", equalTo(2));
    }

    @Test
    void shouldAnswerNotFoundForAnIncidentNeverSentToTheCert() {
        certAnalyst().get("/api/v1/cert/incidents/{id}/stix", UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:rasmi:problem:not-found"));
        certAnalyst().get("/api/v1/cert/incidents/{id}/misp", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldRefuseTheEntitysOwnStaff() {
        UUID incidentId = publishReportAndClosing();

        entityStaff("moh", "it-security").get("/api/v1/cert/incidents/{id}/stix", incidentId).then().statusCode(403);
        entityStaff("moh", "entity-admin").get("/api/v1/cert/incidents/{id}/misp", incidentId).then().statusCode(403);
    }

    private UUID publishReportAndClosing() {
        UUID incidentId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> feed.publish(CertIncidents.compromise().id(incidentId).build()));
        QuarkusTransaction.requiringNew().run(() -> feed.publish(CertIncidents.compromise().id(incidentId)
                .state(CertIncident.State.CLOSED).modifiedAt(CertIncidents.REPORTED_AT.plusSeconds(7200)).build()));
        return incidentId;
    }
}
