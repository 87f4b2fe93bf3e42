package io.rasmi.content.moderation;

import static io.rasmi.content.moderation.CommentIntakeTest.pid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.rasmi.testkit.MovableClock;

/** Time to first response per account against the 24-hour target, with the injectable clock (G7.8). */
@QuarkusTest
class ResponseStatsTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static String receive(UUID moderator, UUID account, Instant at) {
        Map<String, Object> line = CommentIntakeTest.comment(account, pid(), "سؤال عن المواعيد");
        line.put("at", at.toString());
        return Staff.moderator(moderator, "moh").body(List.of(line)).post("/api/v1/comments").then()
                .statusCode(200).extract().path("lines[0].commentId");
    }

    private static void act(UUID moderator, String comment, String action) {
        Map<String, Object> body = "REPLY".equals(action) ? Map.of("action", action, "text", "شكراً لسؤالك")
                : Map.of("action", action);
        Staff.moderator(moderator, "moh").body(body).post("/api/v1/comments/" + comment + "/actions").then()
                .statusCode(201);
    }

    @Test
    void shouldMeasureTimeToFirstReplyAgainstTheTarget() {
        UUID moderator = UUID.randomUUID();
        UUID account = Staff.accountModeratedBy("moh", moderator);
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String fast = receive(moderator, account, start.minus(Duration.ofHours(1)));
        String slow = receive(moderator, account, start.minus(Duration.ofHours(1)));
        String hidden = receive(moderator, account, start.minus(Duration.ofHours(1)));
        receive(moderator, account, start.minus(Duration.ofHours(1)));
        act(moderator, fast, "REPLY"); // about 1 h
        act(moderator, hidden, "HIDE");
        clock.advance(Duration.ofHours(29));
        act(moderator, slow, "REPLY"); // about 30 h
        act(moderator, slow, "REPLY"); // a second reply does not move the first

        JsonPath stats = Staff.as(UUID.randomUUID(), "moh", "management")
                .queryParam("accountId", account.toString())
                .queryParam("from", start.minus(Duration.ofDays(1)).toString())
                .queryParam("to", start.plus(Duration.ofDays(2)).toString())
                .get("/api/v1/moderation/stats").then().statusCode(200)
                .body("target", equalTo("PT24H"))
                .body("accounts.size()", equalTo(1))
                .body("accounts[0].comments", equalTo(4))
                .body("accounts[0].answered", equalTo(2))
                .body("accounts[0].answeredWithinTarget", equalTo(1))
                .body("accounts[0].waitingPastTarget", equalTo(1))
                .body("accounts[0].noReplyNeeded", equalTo(1))
                .extract().jsonPath();
        assertThat(stats.getDouble("accounts[0].p50Seconds")).isCloseTo(15.5 * 3600, within(300.0));
        assertThat(stats.getDouble("accounts[0].p90Seconds")).isCloseTo(27.1 * 3600, within(300.0));
        assertThat(stats.getDouble("accounts[0].shareWithinTarget")).isCloseTo(1.0 / 3, within(0.001));
        // waiting was not answered and is past the target; before the clock moved it was not yet late
        clock.reset();
        Staff.as(UUID.randomUUID(), "moh", "entity-admin").queryParam("accountId", account.toString())
                .queryParam("from", start.minus(Duration.ofDays(1)).toString())
                .queryParam("to", start.plus(Duration.ofDays(2)).toString())
                .get("/api/v1/moderation/stats").then().statusCode(200)
                .body("accounts[0].waitingPastTarget", equalTo(0))
                .body("accounts[0].shareWithinTarget", equalTo(0.5f));
    }

    @Test
    void shouldRefuseAnotherEntitysAccountOrABadWindow() {
        UUID account = Staff.accountModeratedBy("moh", UUID.randomUUID());
        Staff.as(UUID.randomUUID(), "mohe", "management").queryParam("accountId", account.toString())
                .get("/api/v1/moderation/stats").then().statusCode(404);
        Staff.as(UUID.randomUUID(), "moh", "management").queryParam("from", "2026-03-02T00:00:00Z")
                .queryParam("to", "2026-03-01T00:00:00Z").get("/api/v1/moderation/stats").then().statusCode(400);
        Staff.as(UUID.randomUUID(), "moh", "management").queryParam("from", "yesterday")
                .get("/api/v1/moderation/stats").then().statusCode(400);
    }
}
