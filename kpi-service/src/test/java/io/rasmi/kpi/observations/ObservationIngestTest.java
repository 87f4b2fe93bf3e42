package io.rasmi.kpi.observations;

import static io.rasmi.kpi.Callers.as;
import static io.rasmi.kpi.Callers.ingestClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Platform;
import io.rasmi.kpi.Fixtures;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ObservationIngestTest {

    private static final String PATH = "/api/v1/kpi/observations";

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager entityManager;

    private long stored(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from kpi_observation where account_id = ?1")
                .setParameter(1, account).getSingleResult()).longValue());
    }

    private BigDecimal value(UUID account, String metric, String date, String age, String governorate, String gender) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> values = entityManager.createNativeQuery("select value from kpi_observation where account_id = ?1 "
                    + "and metric = ?2 and obs_date = cast(?3 as date) and age_bracket is not distinct from ?4 "
                    + "and governorate is not distinct from ?5 and gender is not distinct from ?6")
                    .setParameter(1, account).setParameter(2, metric).setParameter(3, date)
                    .setParameter(4, age).setParameter(5, governorate).setParameter(6, gender)
                    .getResultList();
            return values.isEmpty() ? null : ((BigDecimal) values.get(0)).stripTrailingZeros();
        });
    }

    private static RequestSpecification publisher() {
        return as("moh", "publisher");
    }

    private static String json(UUID account, String date, String metric, Object value, String dimensions) {
        return "{\"accountId\":\"" + account + "\",\"date\":\"" + date + "\",\"metric\":\"" + metric + "\",\"value\":"
                + value + (dimensions == null ? "" : ",\"dimensions\":" + dimensions) + "}";
    }

    @Test
    void shouldStoreAJsonArrayWithTotalsAndBreakdowns() {
        UUID account = fixtures.account("moh", Platform.FACEBOOK);
        String batch = "[" + json(account, "2026-10-01", "REACH", 15230, null) + ","
                + json(account, "2026-10-01", "REACH", 4100, "{\"governorate\":\"IQ-BG\"}") + ","
                + json(account, "2026-10-01", "REACH", 2100, "{\"ageBracket\":\"18-24\",\"gender\":\"FEMALE\"}") + ","
                + json(account, "2026-10-01", "RESPONSE_TIME", 95.25, null) + "]";
        publisher().contentType("application/json").body(batch).post(PATH)
                .then().statusCode(200)
                .body("lines", equalTo(4)).body("inserted", equalTo(4))
                .body("updated", equalTo(0)).body("unchanged", equalTo(0));

        assertThat(stored(account)).isEqualTo(4);
        assertThat(value(account, "REACH", "2026-10-01", null, null, null)).isEqualByComparingTo("15230");
        assertThat(value(account, "REACH", "2026-10-01", null, "IQ-BG", null)).isEqualByComparingTo("4100");
        assertThat(value(account, "REACH", "2026-10-01", "18-24", null, "FEMALE")).isEqualByComparingTo("2100");
        assertThat(value(account, "RESPONSE_TIME", "2026-10-01", null, null, null)).isEqualByComparingTo("95.25");
    }

    @Test
    void shouldStoreNdjsonFromTheMachineClientOfTheEntity() {
        UUID account = fixtures.account("moh", Platform.INSTAGRAM);
        String batch = json(account, "2026-10-02", "FOLLOWERS", 1000, null) + "\n\n"
                + json(account, "2026-10-02", "FOLLOWERS", 600, "{\"gender\":\"MALE\"}") + "\n";
        ingestClient("moh").contentType("application/x-ndjson").body(batch.getBytes(StandardCharsets.UTF_8)).post(PATH)
                .then().statusCode(200).body("lines", equalTo(2)).body("inserted", equalTo(2));
        assertThat(value(account, "FOLLOWERS", "2026-10-02", null, null, "MALE")).isEqualByComparingTo("600");
    }

    @Test
    void shouldStoreCsvWithOptionalDimensionColumns() {
        UUID account = fixtures.account("moh", Platform.TIKTOK);
        String batch = "accountId,date,metric,value,governorate,ageBracket\n"
                + account + ",2026-10-03,VIDEO_VIEWS,900,,\n"
                + account + ",2026-10-03,VIDEO_VIEWS,300,IQ-BA,\n"
                + account + ",2026-10-03,VIDEO_VIEWS,120,IQ-BA,65+\n";
        as("moh", "management").contentType("text/csv").body(batch).post(PATH)
                .then().statusCode(200).body("lines", equalTo(3)).body("inserted", equalTo(3));
        assertThat(value(account, "VIDEO_VIEWS", "2026-10-03", "65+", "IQ-BA", null)).isEqualByComparingTo("120");
        assertThat(value(account, "VIDEO_VIEWS", "2026-10-03", null, null, null)).isEqualByComparingTo("900");
    }

    @Test
    void shouldChangeNothingWhenTheSameExportIsSentAgainAndReplaceAChangedFigure() {
        UUID account = fixtures.account("moh", Platform.X);
        String first = "accountId,date,metric,value\n" + account + ",2026-10-04,IMPRESSIONS,100\n"
                + account + ",2026-10-05,IMPRESSIONS,200\n";
        publisher().contentType("text/csv").body(first).post(PATH).then().statusCode(200).body("inserted", equalTo(2));
        publisher().contentType("text/csv").body(first).post(PATH).then().statusCode(200)
                .body("inserted", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        String corrected = "accountId,date,metric,value\n" + account + ",2026-10-05,IMPRESSIONS,250\n";
        publisher().contentType("text/csv").body(corrected).post(PATH).then().statusCode(200)
                .body("updated", equalTo(1));
        assertThat(stored(account)).isEqualTo(2);
        assertThat(value(account, "IMPRESSIONS", "2026-10-05", null, null, null)).isEqualByComparingTo("250");
    }

    @Test
    void shouldReplayTheAnswerForTheSameIdempotencyKeyAndRefuseItForAnotherBatch() {
        UUID account = fixtures.account("moh", Platform.YOUTUBE);
        String key = "kpi-" + UUID.randomUUID();
        String batch = "[" + json(account, "2026-10-06", "COMMENTS", 7, null) + "]";
        publisher().header("Idempotency-Key", key).contentType("application/json").body(batch).post(PATH)
                .then().statusCode(200).body("inserted", equalTo(1));
        publisher().header("Idempotency-Key", key).contentType("application/json").body(batch).post(PATH)
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("inserted", equalTo(1));
        String other = "[" + json(account, "2026-10-06", "COMMENTS", 8, null) + "]";
        publisher().header("Idempotency-Key", key).contentType("application/json").body(other).post(PATH)
                .then().statusCode(422);
        assertThat(value(account, "COMMENTS", "2026-10-06", null, null, null)).isEqualByComparingTo("7");
    }

    @Test
    void shouldRefuseAJsonBatchWithBadLinesNamingEachAndStoreNothing() {
        UUID account = fixtures.account("moh", Platform.FACEBOOK);
        String batch = "[" + json(account, "2026-10-07", "REACH", 10, null) + ","
                + json(account, "2026-10-07", "LIKES", 10, null) + ","
                + json(account, "2026-13-01", "REACH", 10, null) + ","
                + json(account, "2026-10-07", "REACH", 1.5, null) + ","
                + json(account, "2026-10-07", "REACH", "\"ten\"", "{\"governorate\":\"IQ-XX\"}") + ","
                + "{\"accountId\":\"" + account + "\",\"date\":\"2026-10-07\",\"metric\":\"REACH\",\"value\":1,"
                + "\"colour\":\"red\"}]";
        publisher().contentType("application/json").header("Accept-Language", "en").body(batch).post(PATH)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("line 2: metric", "line 3: date", "line 4: value",
                        "line 5: value", "line 6: colour")))
                .body("violations[0].message", containsString("not a metric"));
        assertThat(stored(account)).isZero();
    }

    @Test
    void shouldRefuseNdjsonWithABrokenLineAndStoreNothing() {
        UUID account = fixtures.account("moh", Platform.FACEBOOK);
        String batch = json(account, "2026-10-08", "SHARES", 3, null) + "\n"
                + "{\"accountId\": \n"
                + json(account, "2026-10-08", "SHARES", 4, "{\"ageBracket\":\"10-12\"}") + "\n";
        publisher().contentType("application/x-ndjson").body(batch.getBytes(StandardCharsets.UTF_8)).post(PATH)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("line 2", "line 3: dimensions.ageBracket")));
        assertThat(stored(account)).isZero();
    }

    @Test
    void shouldRefuseCsvWithBadRowsOrAnUnknownColumnAndStoreNothing() {
        UUID account = fixtures.account("moh", Platform.TELEGRAM);
        String batch = "accountId,date,metric,value,gender\n"
                + account + ",2026-10-09,POSTS,5,\n"
                + "not-an-id,2026-10-09,POSTS,5,\n"
                + account + ",2026-10-09,POSTS,-5,OTHER\n"
                + account + ",2026-10-09,POSTS\n";
        publisher().contentType("text/csv").body(batch).post(PATH)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("line 3: accountId", "line 4: value",
                        "line 4: dimensions.gender", "line 5")));
        publisher().contentType("text/csv").body("accountId,date,metric,value,region\n").post(PATH)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("line 1: region"));
        assertThat(stored(account)).isZero();
    }

    @Test
    void shouldRefuseABatchThatGivesOneFigureTwice() {
        UUID account = fixtures.account("moh", Platform.LINKEDIN);
        String batch = "accountId,date,metric,value\n" + account + ",2026-10-10,ENGAGEMENTS,5\n"
                + account + ",2026-10-11,ENGAGEMENTS,5\n" + account + ",2026-10-10,ENGAGEMENTS,6\n";
        publisher().contentType("text/csv").header("Accept-Language", "en").body(batch).post(PATH)
                .then().statusCode(400)
                .body("violations.field", equalTo(List.of("line 4")))
                .body("violations[0].message", containsString("repeats line 2"));
        assertThat(stored(account)).isZero();
    }

    @Test
    void shouldNotFindAnotherEntitysAccountAndStoreNothingOfTheBatch() {
        UUID own = fixtures.account("moh", Platform.FACEBOOK);
        UUID foreign = fixtures.account("mohe", Platform.FACEBOOK);
        String batch = "[" + json(own, "2026-10-12", "POSTS", 1, null) + ","
                + json(foreign, "2026-10-12", "POSTS", 1, null) + "]";
        publisher().contentType("application/json").body(batch).post(PATH)
                .then().statusCode(404)
                .body("violations.field", equalTo(List.of("line 2: accountId")));
        ingestClient("mohe").contentType("application/json").body(batch).post(PATH)
                .then().statusCode(404)
                .body("violations.field", equalTo(List.of("line 1: accountId")));
        assertThat(stored(own)).isZero();
        assertThat(stored(foreign)).isZero();
    }

    @Test
    void shouldRefuseAMetricTheAccountsPlatformDoesNotReport() {
        UUID telegram = fixtures.account("moh", Platform.TELEGRAM);
        String batch = "[" + json(telegram, "2026-10-13", "POSTS", 1, null) + ","
                + json(telegram, "2026-10-13", "REACH", 1, null) + "]";
        publisher().contentType("application/json").body(batch).post(PATH)
                .then().statusCode(422)
                .body("clause", equalTo("G9.1"))
                .body("violations.field", hasItem("line 2: metric"));
        assertThat(stored(telegram)).isZero();
    }

    @Test
    void shouldRefuseAnEmptyBatchAndAnotherMediaType() {
        publisher().contentType("application/json").body("[]").post(PATH).then().statusCode(400)
                .body("violations", hasSize(1));
        publisher().contentType("text/csv").body("accountId,date,metric,value\n").post(PATH).then().statusCode(400);
        publisher().contentType("application/json").body("{\"not\":\"an array\"}").post(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("line 1"));
        publisher().contentType("application/xml").body("<batch/>").post(PATH).then().statusCode(415);
    }
}
