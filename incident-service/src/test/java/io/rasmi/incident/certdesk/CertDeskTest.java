package io.rasmi.incident.certdesk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;

/** The national CERT reads every entity's incidents, acknowledges them and asks questions; the entity answers. */
@QuarkusTest
class CertDeskTest {

    private static final String CERT = "/api/v1/cert/incidents";

    @Test
    void shouldShowEveryEntitysIncidentsToTheCert() {
        String moh = Fixtures.reported("moh", "IMPERSONATION");
        String mohe = Fixtures.reported("mohe", "IMPERSONATION");
        Callers.certAnalyst().get(CERT + "?type=IMPERSONATION&size=200").then().statusCode(200)
                .body("items.id", hasItems(moh, mohe));
        Callers.certAnalyst().get(CERT + "?entity=mohe&size=200").then().statusCode(200)
                .body("items.entity", org.hamcrest.Matchers.everyItem(equalTo("mohe")));
        Callers.certAnalyst().get(CERT + "/" + moh).then().statusCode(200).body("entity", equalTo("moh"));
        Callers.certAnalyst().get(CERT + "/" + moh + "/timeline").then().statusCode(200)
                .body("[0].kind", equalTo("REPORTED"));
        Callers.certAnalyst().get(CERT + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldAcknowledgeAnIncidentOnce() {
        String id = Fixtures.reported("moh", "ACCOUNT_COMPROMISE");
        Callers.certAnalyst().post(CERT + "/" + id + "/acknowledgement").then().statusCode(200)
                .body("acknowledgedAt", notNullValue()).body("state", equalTo("REPORTED"));
        Callers.certAnalyst().post(CERT + "/" + id + "/acknowledgement").then().statusCode(409);
        String acknowledged = "find { it.kind == 'ACKNOWLEDGED' }";
        Callers.itSecurity("moh").get("/api/v1/incidents/" + id + "/timeline").then()
                .body("findAll { it.kind == 'ACKNOWLEDGED' }", hasSize(1))
                .body(acknowledged + ".actor", equalTo("cert:cert-analyst"));
    }

    @Test
    void shouldLetTheEntityAnswerTheCertsQuestionInTheTimeline() {
        String id = Fixtures.reported("moh", "DATA_LEAK");
        String request = Callers.certAnalyst().body(Map.of("question", "Which records leaked?"))
                .post(CERT + "/" + id + "/information-requests").then().statusCode(201)
                .body("kind", equalTo("INFORMATION_REQUESTED")).extract().path("id");

        Callers.itSecurity("moh").body(Map.of("kind", "NOTE", "text", "Names and phone numbers", "answers", request))
                .post("/api/v1/incidents/" + id + "/timeline").then().statusCode(201)
                .body("refersTo", equalTo(request));
        Callers.itSecurity("moh").body(Map.of("kind", "NOTE", "text", "?", "answers", UUID.randomUUID()))
                .post("/api/v1/incidents/" + id + "/timeline").then().statusCode(404);
        Callers.certAnalyst().get(CERT + "/" + id + "/timeline").then()
                .body("find { it.refersTo == '" + request + "' }.text", equalTo("Names and phone numbers"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownIncidentToAcknowledgeOrQuestion() {
        Callers.certAnalyst().post(CERT + "/" + UUID.randomUUID() + "/acknowledgement").then().statusCode(404);
        Callers.certAnalyst().body(Map.of("question", "?"))
                .post(CERT + "/" + UUID.randomUUID() + "/information-requests").then().statusCode(404);
    }

    @Test
    void shouldNotLetTheCertMoveAnIncident() {
        String id = Fixtures.reported("moh", "OTHER");
        Callers.certAnalyst().body(Map.of("to", "TRIAGED")).post("/api/v1/incidents/" + id + "/transitions")
                .then().statusCode(403);
    }
}
