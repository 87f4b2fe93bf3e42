package io.rasmi.incident.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;

/** The lifecycle table through the API, and it-security's severity override, each kept in the timeline. */
@QuarkusTest
class IncidentLifecycleTest {

    private static final String INCIDENTS = "/api/v1/incidents/";

    private static void move(String id, String to, String note) {
        Callers.itSecurity("moh").body(note == null ? Map.of("to", to) : Map.of("to", to, "note", note))
                .post(INCIDENTS + id + "/transitions").then().statusCode(200).body("state", equalTo(to));
    }

    @Test
    void shouldWalkAnIncidentFromReportToClosureWithTheLessonsLearned() {
        String id = Fixtures.reported("moh", "ACCOUNT_COMPROMISE");
        move(id, "TRIAGED", "Confirmed: a session from an unknown device");
        Callers.entityAdmin("moh").body(Map.of("to", "CONTAINED", "note", "Sessions revoked"))
                .post(INCIDENTS + id + "/transitions").then().statusCode(200)
                .body("triagedAt", notNullValue()).body("containedAt", notNullValue());
        move(id, "ERADICATED", null);
        move(id, "RECOVERED", null);
        Callers.itSecurity("moh").body(Map.of("to", "CLOSED", "note", "Two-factor on every admin from now on"))
                .post(INCIDENTS + id + "/transitions").then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("lessonsLearned", equalTo("Two-factor on every admin from now on"))
                .body("allowedTransitions", hasSize(0));

        List<Map<String, Object>> timeline = Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline")
                .then().statusCode(200).extract().path("findAll { it.kind == 'TRANSITION' }.details");
        assertThat(timeline).extracting(details -> details.get("to"))
                .containsExactly("TRIAGED", "CONTAINED", "ERADICATED", "RECOVERED", "CLOSED");
    }

    @Test
    void shouldRefuseATransitionTheStateDoesNotAllowNamingTheAllowedOnes() {
        String id = Fixtures.reported("moh", "PHISHING");
        Callers.itSecurity("moh").header("Accept-Language", "en").body(Map.of("to", "CONTAINED"))
                .post(INCIDENTS + id + "/transitions").then().statusCode(409)
                .body("detail", containsString("TRIAGED, FALSE_POSITIVE"));
        Callers.itSecurity("moh").get(INCIDENTS + id).then().statusCode(200).body("state", equalTo("REPORTED"));
    }

    @Test
    void shouldRefuseClosingWithoutTheLessonsLearned() {
        String id = Fixtures.reported("moh", "DEFACEMENT");
        move(id, "TRIAGED", null);
        move(id, "CONTAINED", null);
        move(id, "ERADICATED", null);
        move(id, "RECOVERED", null);
        Callers.itSecurity("moh").body(Map.of("to", "CLOSED", "note", "  ")).post(INCIDENTS + id + "/transitions")
                .then().statusCode(422).body("violations[0].field", equalTo("note"));
        Callers.itSecurity("moh").get(INCIDENTS + id).then().body("state", equalTo("RECOVERED"));
    }

    @Test
    void shouldDismissAFalsePositiveOnlyBeforeContainment() {
        String early = Fixtures.reported("moh", "OTHER");
        move(early, "TRIAGED", null);
        move(early, "FALSE_POSITIVE", "It was our own scheduled post");
        Callers.itSecurity("moh").get(INCIDENTS + early).then().body("closedAt", notNullValue());

        String late = Fixtures.reported("moh", "OTHER");
        move(late, "TRIAGED", null);
        move(late, "CONTAINED", null);
        Callers.itSecurity("moh").body(Map.of("to", "FALSE_POSITIVE")).post(INCIDENTS + late + "/transitions")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        String id = Fixtures.reported("moh", "OTHER");
        String etag = Callers.itSecurity("moh").get(INCIDENTS + id).then().extract().header("ETag");
        move(id, "TRIAGED", null);
        Callers.itSecurity("moh").header("If-Match", etag).body(Map.of("to", "CONTAINED"))
                .post(INCIDENTS + id + "/transitions").then().statusCode(412);
        String fresh = Callers.itSecurity("moh").get(INCIDENTS + id).then().extract().header("ETag");
        Callers.itSecurity("moh").header("If-Match", fresh).body(Map.of("to", "CONTAINED"))
                .post(INCIDENTS + id + "/transitions").then().statusCode(200);
    }

    @Test
    void shouldLetItSecurityOverrideTheSeverityWithAReasonInTheTimeline() {
        String id = Fixtures.reported("moh", "DEFAMATION_CAMPAIGN");
        Callers.itSecurity("moh").body(Map.of("severity", "CRITICAL", "reason", "A fake evacuation order"))
                .put(INCIDENTS + id + "/severity").then().statusCode(200)
                .body("severity", equalTo("CRITICAL"))
                .body("computedSeverity", equalTo("LOW"));
        Callers.itSecurity("moh").get(INCIDENTS + id + "/timeline").then().statusCode(200)
                .body("find { it.kind == 'SEVERITY_CHANGED' }.text", equalTo("A fake evacuation order"))
                .body("find { it.kind == 'SEVERITY_CHANGED' }.details.to", equalTo("CRITICAL"));
        Callers.itSecurity("moh").body(Map.of("severity", "HIGH")).put(INCIDENTS + id + "/severity")
                .then().statusCode(400);
    }
}
