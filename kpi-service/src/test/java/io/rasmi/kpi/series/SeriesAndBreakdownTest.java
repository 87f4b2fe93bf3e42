package io.rasmi.kpi.series;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Platform;
import io.rasmi.kpi.Fixtures;
import io.restassured.specification.RequestSpecification;

/** Series and breakdowns against figures worked out by hand from the batch below. */
@QuarkusTest
class SeriesAndBreakdownTest {

    @Inject
    Fixtures fixtures;

    private UUID account;

    private static RequestSpecification reader() {
        return as("moh", "management");
    }

    @BeforeEach
    void storeFigures() {
        account = fixtures.account("moh", Platform.FACEBOOK);
        String a = account.toString();
        String batch = "accountId,date,metric,value,ageBracket,governorate,gender\n"
                // REACH totals: week of Mon 5 Oct = 100 + 200 + 50, week of 12 Oct = 400, November = 30
                + a + ",2026-10-05,REACH,100,,,\n" + a + ",2026-10-06,REACH,200,,,\n"
                + a + ",2026-10-11,REACH,50,,,\n" + a + ",2026-10-12,REACH,400,,,\n" + a + ",2026-11-02,REACH,30,,,\n"
                // REACH by governorate alone: IQ-BA 40 + 50 = 90, IQ-BG 60 + 150 = 210 (shares 0.3, 0.7)
                + a + ",2026-10-05,REACH,60,,IQ-BG,\n" + a + ",2026-10-05,REACH,40,,IQ-BA,\n"
                + a + ",2026-10-06,REACH,150,,IQ-BG,\n" + a + ",2026-10-06,REACH,50,,IQ-BA,\n"
                // by governorate and gender together: in neither the series nor a one-dimension breakdown
                + a + ",2026-10-05,REACH,30,,IQ-BG,FEMALE\n"
                // FOLLOWERS is a level: October ends at 1100, November at 1200
                + a + ",2026-10-05,FOLLOWERS,1000,,,\n" + a + ",2026-10-20,FOLLOWERS,1100,,,\n"
                + a + ",2026-11-03,FOLLOWERS,1200,,,\n"
                + a + ",2026-10-05,FOLLOWERS,400,,,FEMALE\n" + a + ",2026-10-05,FOLLOWERS,600,,,MALE\n"
                + a + ",2026-10-20,FOLLOWERS,450,,,FEMALE\n" + a + ",2026-10-20,FOLLOWERS,650,,,MALE\n"
                // RESPONSE_TIME averages: (60 + 90.5) / 2 = 75.25
                + a + ",2026-10-05,RESPONSE_TIME,60,,,\n" + a + ",2026-10-06,RESPONSE_TIME,90.5,,,\n";
        as("moh", "publisher").contentType("text/csv").body(batch).post("/api/v1/kpi/observations")
                .then().statusCode(200).body("lines", equalTo(19));
    }

    private RequestSpecification query(String metric, String from, String to) {
        return reader().queryParam("accountId", account.toString()).queryParam("metric", metric)
                .queryParam("from", from).queryParam("to", to);
    }

    @Test
    void shouldAddUpAFlowByDayWeekAndMonth() {
        query("REACH", "2026-10-05", "2026-10-12").get("/api/v1/kpi/series")
                .then().statusCode(200)
                .body("granularity", equalTo("DAY"))
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-06", "2026-10-11", "2026-10-12")))
                .body("points.value", equalTo(List.of(100, 200, 50, 400)));
        query("REACH", "2026-10-01", "2026-11-30").queryParam("granularity", "week").get("/api/v1/kpi/series")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-12", "2026-11-02")))
                .body("points.value", equalTo(List.of(350, 400, 30)));
        query("REACH", "2026-10-01", "2026-11-30").queryParam("granularity", "month").get("/api/v1/kpi/series")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-01", "2026-11-01")))
                .body("points.value", equalTo(List.of(750, 30)));
    }

    @Test
    void shouldTakeALevelsNewestFigureAndAverageResponseTimes() {
        query("FOLLOWERS", "2026-10-01", "2026-11-30").queryParam("granularity", "month").get("/api/v1/kpi/series")
                .then().statusCode(200)
                .body("aggregation", equalTo("LAST"))
                .body("points.value", equalTo(List.of(1100, 1200)));
        query("RESPONSE_TIME", "2026-10-01", "2026-10-31").queryParam("granularity", "month").get("/api/v1/kpi/series")
                .then().statusCode(200)
                .body("unit", equalTo("SECONDS"))
                .body("points.value", equalTo(List.of(75.25f)));
    }

    @Test
    void shouldBreakAFigureDownByOneDimensionWithShares() {
        query("REACH", "2026-10-01", "2026-10-31").queryParam("dimension", "governorate").get("/api/v1/kpi/breakdown")
                .then().statusCode(200)
                .body("items.key", equalTo(List.of("IQ-BA", "IQ-BG")))
                .body("items.value", equalTo(List.of(90, 210)))
                .body("items.share", equalTo(List.of(0.3f, 0.7f)));
        query("FOLLOWERS", "2026-10-01", "2026-10-31").queryParam("dimension", "gender").get("/api/v1/kpi/breakdown")
                .then().statusCode(200)
                .body("items.key", equalTo(List.of("FEMALE", "MALE")))
                .body("items.value", equalTo(List.of(450, 650)))
                .body("items.share", equalTo(List.of(0.4091f, 0.5909f)));
        query("REACH", "2026-10-01", "2026-10-31").queryParam("dimension", "ageBracket").get("/api/v1/kpi/breakdown")
                .then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void shouldAnswerCsvWhenAsked() {
        String series = query("REACH", "2026-10-01", "2026-11-30").queryParam("granularity", "month")
                .accept("text/csv").get("/api/v1/kpi/series")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(series.lines()).containsExactly("start,value", "2026-10-01,750", "2026-11-01,30");
        String breakdown = query("REACH", "2026-10-01", "2026-10-31").queryParam("dimension", "governorate")
                .accept("text/csv").get("/api/v1/kpi/breakdown")
                .then().statusCode(200).extract().asString();
        assertThat(breakdown.lines()).containsExactly("key,value,share", "IQ-BA,90,0.3000", "IQ-BG,210,0.7000");
    }

    @Test
    void shouldRollUpTheEntitysAccountsAndEveryEntityNationally() {
        String entity = "r" + UUID.randomUUID().toString().substring(0, 8);
        String other = "r" + UUID.randomUUID().toString().substring(0, 8);
        String first = fixtures.account(entity, Platform.FACEBOOK).toString();
        String second = fixtures.account(entity, Platform.INSTAGRAM).toString();
        String third = fixtures.account(other, Platform.X).toString();
        // REACH October: 100 + 200 + 300 = 600; FOLLOWERS: newest of each account, 1100 + 500 = 1600
        as(entity, "publisher").contentType("text/csv").body("accountId,date,metric,value\n"
                + first + ",2026-10-05,REACH,100\n" + first + ",2026-10-20,REACH,200\n"
                + second + ",2026-10-06,REACH,300\n" + second + ",2026-11-01,REACH,7\n"
                + first + ",2026-10-05,FOLLOWERS,1000\n" + first + ",2026-10-25,FOLLOWERS,1100\n"
                + second + ",2026-10-02,FOLLOWERS,500\n").post("/api/v1/kpi/observations").then().statusCode(200);
        as(other, "publisher").contentType("text/csv").body("accountId,date,metric,value\n"
                + third + ",2026-10-09,FOLLOWERS,40\n").post("/api/v1/kpi/observations").then().statusCode(200);

        as(entity, "management").queryParam("metric", "REACH").queryParam("from", "2026-10-01")
                .queryParam("to", "2026-11-30").queryParam("granularity", "month").get("/api/v1/kpi/rollup")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-01", "2026-11-01")))
                .body("points.value", equalTo(List.of(600, 7)));
        as(entity, "management").queryParam("metric", "FOLLOWERS").queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31").queryParam("granularity", "month").get("/api/v1/kpi/rollup")
                .then().statusCode(200)
                .body("points.value", equalTo(List.of(1600)));
        String national = io.rasmi.kpi.Callers.platformAdmin().accept("text/csv").queryParam("metric", "FOLLOWERS")
                .queryParam("from", "2026-10-01").queryParam("to", "2026-10-31").get("/api/v1/kpi/national")
                .then().statusCode(200).extract().asString();
        assertThat(national.lines()).contains(entity + ",1600", other + ",40");
    }

    @Test
    void shouldNotFindAnotherEntitysAccountAndRefuseBadParameters() {
        as("mohe", "management").queryParam("accountId", account.toString()).queryParam("metric", "REACH")
                .queryParam("from", "2026-10-01").queryParam("to", "2026-10-31").get("/api/v1/kpi/series")
                .then().statusCode(404);
        as("mohe", "management").queryParam("accountId", account.toString()).queryParam("metric", "REACH")
                .queryParam("dimension", "gender").queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .get("/api/v1/kpi/breakdown").then().statusCode(404);
        query("REACH", "2026-10-31", "2026-10-01").get("/api/v1/kpi/series").then().statusCode(400);
        query("LIKES", "2026-10-01", "2026-10-31").get("/api/v1/kpi/series").then().statusCode(400);
        query("REACH", "2026-10-01", "2026-10-31").queryParam("granularity", "year").get("/api/v1/kpi/series")
                .then().statusCode(400);
        query("REACH", "2026-10-01", "2026-10-31").queryParam("dimension", "religion").get("/api/v1/kpi/breakdown")
                .then().statusCode(400);
    }
}
