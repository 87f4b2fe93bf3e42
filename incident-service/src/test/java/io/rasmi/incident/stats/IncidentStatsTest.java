package io.rasmi.incident.stats;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.incident.Callers;
import io.rasmi.incident.Fixtures;

/** Figures over a period: per entity for its people, across entities for the national CERT. */
@QuarkusTest
class IncidentStatsTest {

    @Test
    void shouldCountTheEntitysIncidentsOfThePeriodAndTimeTheirTriage() {
        Instant from = Instant.now();
        String triaged = Fixtures.reported("moh", "ACCOUNT_COMPROMISE");
        Fixtures.reported("moh", "PHISHING");
        Fixtures.reported("mohe", "PHISHING");
        Callers.itSecurity("moh").body(Map.of("to", "TRIAGED")).post("/api/v1/incidents/" + triaged + "/transitions")
                .then().statusCode(200);
        Instant to = Instant.now().plusSeconds(1);

        Callers.as("moh", "management").queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/incidents/stats").then().statusCode(200)
                .body("total", equalTo(2))
                .body("byType.ACCOUNT_COMPROMISE", equalTo(1))
                .body("byType.PHISHING", equalTo(1))
                .body("byState.TRIAGED", equalTo(1))
                .body("byState.REPORTED", equalTo(1))
                .body("timeToTriage.count", equalTo(1))
                .body("timeToTriage.p90Seconds", notNullValue())
                .body("timeToContain.count", equalTo(0))
                .body("timeToContain.meanSeconds", nullValue());
        Callers.certAnalyst().queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/cert/stats").then().statusCode(200)
                .body("total", equalTo(3))
                .body("byType.PHISHING", equalTo(2));
    }

    @Test
    void shouldRefuseAnEmptyOrUnreadablePeriod() {
        Callers.itSecurity("moh").queryParam("from", "2026-12-01T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z")
                .get("/api/v1/incidents/stats").then().statusCode(400);
        Callers.itSecurity("moh").queryParam("from", "yesterday").get("/api/v1/incidents/stats").then()
                .statusCode(400).body("violations[0].field", equalTo("from"));
    }
}
