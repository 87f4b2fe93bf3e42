package io.rasmi.kpi.targets;

import static io.rasmi.kpi.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Platform;
import io.rasmi.kpi.Fixtures;

@QuarkusTest
class TargetTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> target(UUID account, String metric, String period, Object figure) {
        return Map.of("accountId", account, "metric", metric, "period", period, "target", figure);
    }

    @Test
    void shouldSetThenReplaceATargetAndListItForTheAccount() {
        UUID account = fixtures.account("moh", Platform.FACEBOOK);
        as("moh", "entity-admin").body(target(account, "NEW_FOLLOWERS", "WEEK", 500)).put("/api/v1/targets")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("target", equalTo(500))
                .body("updatedBy", equalTo("moh-entity-admin"));
        as("moh", "management").body(target(account, "NEW_FOLLOWERS", "WEEK", 650)).put("/api/v1/targets")
                .then().statusCode(200)
                .body("target", equalTo(650))
                .body("version", equalTo(1))
                .body("updatedBy", equalTo("moh-management"));
        as("moh", "management").body(target(account, "RESPONSE_TIME", "MONTH", 3600.5)).put("/api/v1/targets")
                .then().statusCode(201);

        as("moh", "publisher").queryParam("accountId", account.toString()).get("/api/v1/targets")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].metric", equalTo("NEW_FOLLOWERS"))
                .body("items[0].target", equalTo(650))
                .body("items[1].metric", equalTo("RESPONSE_TIME"))
                .body("items[1].target", equalTo(3600.5f));
    }

    @Test
    void shouldNotFindAnotherEntitysAccountForATarget() {
        UUID mohe = fixtures.account("mohe", Platform.X);
        as("moh", "entity-admin").body(target(mohe, "POSTS", "WEEK", 10)).put("/api/v1/targets")
                .then().statusCode(404);
        as("moh", "entity-admin").queryParam("accountId", mohe.toString()).get("/api/v1/targets")
                .then().statusCode(200).body("total", equalTo(0));
        as("mohe", "entity-admin").queryParam("accountId", mohe.toString()).get("/api/v1/targets")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseATargetForAMetricThePlatformDoesNotReport() {
        UUID telegram = fixtures.account("moh", Platform.TELEGRAM);
        as("moh", "entity-admin").body(target(telegram, "RESPONSE_TIME", "WEEK", 60)).put("/api/v1/targets")
                .then().statusCode(422)
                .body("clause", equalTo("G9.1"));
        as("moh", "entity-admin").queryParam("accountId", telegram.toString()).get("/api/v1/targets")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseANegativeOrUnknownTarget() {
        UUID account = fixtures.account("moh", Platform.INSTAGRAM);
        as("moh", "entity-admin").body(target(account, "REACH", "WEEK", -1)).put("/api/v1/targets")
                .then().statusCode(400);
        as("moh", "entity-admin").body(target(account, "LIKES", "WEEK", 1)).put("/api/v1/targets")
                .then().statusCode(400);
        as("moh", "entity-admin").body(target(account, "REACH", "YEAR", 1)).put("/api/v1/targets")
                .then().statusCode(400);
        as("moh", "entity-admin").queryParam("accountId", account.toString()).get("/api/v1/targets")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldMeasureAttainmentAgainstTheWeeksFigures() {
        UUID account = fixtures.account("moh", Platform.FACEBOOK);
        as("moh", "entity-admin").body(target(account, "NEW_FOLLOWERS", "WEEK", 500)).put("/api/v1/targets")
                .then().statusCode(201);
        as("moh", "entity-admin").body(target(account, "RESPONSE_TIME", "WEEK", 60)).put("/api/v1/targets")
                .then().statusCode(201);
        as("moh", "entity-admin").body(target(account, "FOLLOWERS", "WEEK", 1000)).put("/api/v1/targets")
                .then().statusCode(201);
        as("moh", "entity-admin").body(target(account, "NEW_FOLLOWERS", "MONTH", 2000)).put("/api/v1/targets")
                .then().statusCode(201);
        // The week of Saturday 3 October (weeks run Saturday to Friday, as the reports' do): 200 + 220 = 420 new
        // followers of 500; responses (50 + 40) / 2 = 45 s of 60. Saturday the 10th is the next week and does not count.
        String a = account.toString();
        as("moh", "publisher").contentType("text/csv").body("accountId,date,metric,value\n"
                + a + ",2026-10-05,NEW_FOLLOWERS,200\n" + a + ",2026-10-09,NEW_FOLLOWERS,220\n"
                + a + ",2026-10-10,NEW_FOLLOWERS,999\n"
                + a + ",2026-10-06,RESPONSE_TIME,50\n" + a + ",2026-10-07,RESPONSE_TIME,40\n")
                .post("/api/v1/kpi/observations").then().statusCode(200);

        as("moh", "management").queryParam("accountId", a).queryParam("period", "WEEK").queryParam("date", "2026-10-07")
                .get("/api/v1/targets/attainment")
                .then().statusCode(200)
                .body("start", equalTo("2026-10-03")).body("end", equalTo("2026-10-09"))
                .body("items", hasSize(3))
                .body("items[0].metric", equalTo("FOLLOWERS"))
                .body("items[0].actual", org.hamcrest.Matchers.nullValue())
                .body("items[1].metric", equalTo("NEW_FOLLOWERS"))
                .body("items[1].actual", equalTo(420))
                .body("items[1].attainment", equalTo(0.84f))
                .body("items[1].met", equalTo(false))
                .body("items[2].metric", equalTo("RESPONSE_TIME"))
                .body("items[2].actual", equalTo(45))
                .body("items[2].attainment", equalTo(1.3333f))
                .body("items[2].met", equalTo(true));
        as("mohe", "management").queryParam("accountId", a).get("/api/v1/targets/attainment").then().statusCode(404);
    }
}
