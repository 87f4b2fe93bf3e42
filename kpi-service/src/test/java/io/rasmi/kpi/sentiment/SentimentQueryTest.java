package io.rasmi.kpi.sentiment;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.Platform;
import io.rasmi.kpi.ContentEvents;
import io.rasmi.kpi.Fixtures;
import io.restassured.specification.RequestSpecification;

/** GET /api/v1/sentiment against counts worked out by hand from the comments sent below. */
@QuarkusTest
class SentimentQueryTest {

    private static final String GOOD = "خدمة ممتازة، شكراً لكم";
    private static final String BAD = "The service is terrible";
    private static final String PLAIN = "متى يبدأ التقديم؟";

    @Inject
    Fixtures fixtures;

    @Inject
    ContentEvents events;

    /** One account and its comments for every test here: they only read. */
    private static UUID account;

    @BeforeEach
    void sendComments() {
        if (account != null) {
            return;
        }
        account = fixtures.account("moh", Platform.FACEBOOK);
        // Mon 5 Oct (Baghdad): 2 positive, 1 neutral, 1 negative (one written at 22:30 UTC on the 4th)
        // Tue 6 Oct: 1 negative. Mon 12 Oct: 1 positive, 1 neutral. Mon 2 Nov: 2 negative.
        // Weeks: 5 Oct 2/1/2 (0.4, 0.2, 0.4); 12 Oct 1/1/0 (0.5, 0.5, 0); 2 Nov 0/0/2.
        // Months: October 3/2/2 of 7 (0.4286, 0.2857, 0.2857); November 0/0/2. All: 3/2/4 of 9.
        List<CloudEvent> comments = List.of(
                comment(GOOD, "2026-10-04T22:30:00Z"), comment(GOOD, "2026-10-05T10:00:00Z"),
                comment(PLAIN, "2026-10-05T11:00:00Z"), comment(BAD, "2026-10-05T12:00:00Z"),
                comment(BAD, "2026-10-06T08:00:00Z"),
                comment(GOOD, "2026-10-12T08:00:00Z"), comment(PLAIN, "2026-10-12T09:00:00Z"),
                comment(BAD, "2026-11-02T08:00:00Z"), comment(BAD, "2026-11-02T09:00:00Z"),
                comment(GOOD, "2026-12-01T09:00:00Z")); // after the range asked below
        comments.forEach(events::send);
        comments.forEach(event -> events.awaitHandled(CommentSentimentConsumer.CONSUMER, event.id()));
    }

    private CloudEvent comment(String text, String at) {
        return CommentSentimentConsumerTest.comment(UUID.randomUUID(), account, text, null, Instant.parse(at));
    }

    private RequestSpecification query(String from, String to, String granularity) {
        return as("moh", "management").queryParam("accountId", account.toString()).queryParam("from", from)
                .queryParam("to", to).queryParam("granularity", granularity);
    }

    @Test
    void shouldCountEachClassByDayInBaghdad() {
        query("2026-10-05", "2026-10-12", "day").get("/api/v1/sentiment")
                .then().statusCode(200)
                .body("granularity", equalTo("DAY"))
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-06", "2026-10-12")))
                .body("points.positive", equalTo(List.of(2, 0, 1)))
                .body("points.neutral", equalTo(List.of(1, 0, 1)))
                .body("points.negative", equalTo(List.of(1, 1, 0)))
                .body("points.total", equalTo(List.of(4, 1, 2)))
                .body("points[0].share.positive", equalTo(0.5f));
    }

    @Test
    void shouldCountEachClassByWeekAndMonthWithShares() {
        query("2026-10-01", "2026-11-30", "week").get("/api/v1/sentiment")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-05", "2026-10-12", "2026-11-02")))
                .body("points.share.positive", equalTo(List.of(0.4f, 0.5f, 0f)))
                .body("points.share.neutral", equalTo(List.of(0.2f, 0.5f, 0f)))
                .body("points.share.negative", equalTo(List.of(0.4f, 0f, 1f)));
        query("2026-10-01", "2026-11-30", "month").get("/api/v1/sentiment")
                .then().statusCode(200)
                .body("points.start", equalTo(List.of("2026-10-01", "2026-11-01")))
                .body("points.total", equalTo(List.of(7, 2)))
                .body("points[0].share.positive", equalTo(0.4286f))
                .body("points[0].share.neutral", equalTo(0.2857f))
                .body("totals.positive", equalTo(3))
                .body("totals.neutral", equalTo(2))
                .body("totals.negative", equalTo(4))
                .body("totals.total", equalTo(9))
                .body("totals.share.negative", equalTo(0.4444f));
    }

    @Test
    void shouldAnswerCsvWhenAsked() {
        String csv = query("2026-10-01", "2026-11-30", "month").accept("text/csv").get("/api/v1/sentiment")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines()).containsExactly(
                "start,positive,neutral,negative,total,positiveShare,neutralShare,negativeShare",
                "2026-10-01,3,2,2,7,0.4286,0.2857,0.2857",
                "2026-11-01,0,0,2,2,0.0000,0.0000,1.0000");
    }

    @Test
    void shouldAnswerNoPointsAndNoSharesForAQuietRange() {
        query("2027-01-01", "2027-01-31", "week").get("/api/v1/sentiment")
                .then().statusCode(200)
                .body("points", hasSize(0))
                .body("totals.total", equalTo(0))
                .body("totals.share.positive", equalTo(null))
                .body("totals.share.negative", equalTo(null));
    }

    @Test
    void shouldNotFindAnotherEntitysAccount() {
        as("mohe", "management").queryParam("accountId", account.toString()).queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31").get("/api/v1/sentiment")
                .then().statusCode(404);
    }

    @Test
    void shouldRefuseBadParametersWithAProblem() {
        query("2026-10-01", "2026-10-31", "year").get("/api/v1/sentiment")
                .then().statusCode(400).body("violations[0].field", equalTo("granularity"));
        query("2026-10-31", "2026-10-01", "day").get("/api/v1/sentiment")
                .then().statusCode(400).body("violations[0].field", equalTo("to"));
        as("moh", "management").queryParam("accountId", "nope").queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-31").get("/api/v1/sentiment")
                .then().statusCode(400).body("violations[0].field", equalTo("accountId"));
    }
}
