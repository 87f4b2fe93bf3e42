package io.rasmi.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;

/** The timeline: people add notes, actions and evidence; the service adds its own entries; nothing is rewritten. */
@QuarkusTest
class TimelineTest {

    private static final String INCIDENTS = "/api/v1/incidents/";
    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Inject
    EntityManager entityManager;

    @Inject
    Timeline timeline;

    @Test
    void shouldKeepNotesActionsAndEvidenceInOrderAfterTheReport() {
        String id = Fixtures.reported("moh", "UNAUTHORIZED_POST");
        Callers.itSecurity("moh").body(Map.of("kind", "NOTE", "text", "Page admin is travelling"))
                .post(INCIDENTS + id + "/timeline").then().statusCode(201).body("actor", equalTo("moh-it-security"));
        Callers.entityAdmin("moh").body(Map.of("kind", "ACTION", "text", "Asked Meta to lock the page"))
                .post(INCIDENTS + id + "/timeline").then().statusCode(201);
        Callers.itSecurity("moh").body(Map.of("kind", "EVIDENCE",
                "evidence", Map.of("url", "https://evidence.moh.gov.iq/p.png", "sha256", SHA.toUpperCase())))
                .post(INCIDENTS + id + "/timeline").then().statusCode(201)
                .body("evidence.sha256", equalTo(SHA));

        Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline").then().statusCode(200)
                .body("findAll { it.kind != 'CERT_MESSAGE' && it.kind != 'NOTICE' }.kind",
                        equalTo(java.util.List.of("REPORTED", "NOTE", "ACTION", "EVIDENCE")));
    }

    @Test
    void shouldRefuseAnEntryWithoutWhatItsKindNeeds() {
        String id = Fixtures.reported("moh", "OTHER");
        Callers.itSecurity("moh").body(Map.of("kind", "NOTE")).post(INCIDENTS + id + "/timeline")
                .then().statusCode(400).body("violations[0].field", equalTo("text"));
        Callers.itSecurity("moh").body(Map.of("kind", "EVIDENCE", "text", "see link"))
                .post(INCIDENTS + id + "/timeline").then().statusCode(400);
        Callers.itSecurity("moh").body(Map.of("kind", "TRANSITION", "text", "forged"))
                .post(INCIDENTS + id + "/timeline").then().statusCode(400);
        // Only the report and the messages it sent (to the CERT, to IT officers): none of the refused entries.
        Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline").then()
                .body("findAll { it.kind != 'CERT_MESSAGE' && it.kind != 'NOTICE' }.kind", equalTo(java.util.List.of("REPORTED")));
    }

    @Test
    void shouldHideTheTimelineFromAnotherEntityAndFromOtherReporters() {
        String id = Fixtures.reported("moh", "OTHER");
        Callers.itSecurity("mohe").get(INCIDENTS + id + "/timeline").then().statusCode(404);
        Callers.itSecurity("mohe").body(Map.of("kind", "NOTE", "text", "x")).post(INCIDENTS + id + "/timeline")
                .then().statusCode(404);
        Callers.as("moh", "publisher").get(INCIDENTS + id + "/timeline").then().statusCode(404);
    }

    @Test
    void shouldRefuseToRewriteOrDeleteTheTimelineInTheDatabase() {
        String id = Fixtures.reported("moh", "OTHER");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update incident_timeline set text = 'rewritten' where incident_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("delete from incident_timeline where incident_id = ?1")
                .setParameter(1, UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("append-only");
        Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline").then().body("[0].kind", equalTo("REPORTED"));
    }

    @Test
    void shouldAppendASystemEntryForOtherPartsOfTheService() {
        String id = Fixtures.reported("moh", "OTHER");
        timeline.append(UUID.fromString(id), TimelineKind.NOTICE, "Notice delivered to 2 IT officers",
                Map.of("recipients", 2));
        // The report's own notice and CERT message are written beside it; find this entry by its text.
        String entry = "find { it.text == 'Notice delivered to 2 IT officers' }";
        Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline").then()
                .body(entry + ".kind", equalTo("NOTICE"))
                .body(entry + ".actor", equalTo("system"))
                .body(entry + ".details.recipients", equalTo(2));
        assertThat(QuarkusTransaction.requiringNew().call(() -> TimelineEntry.count("incidentId = ?1 and text = ?2",
                UUID.fromString(id), "Notice delivered to 2 IT officers"))).isEqualTo(1);
    }
}
