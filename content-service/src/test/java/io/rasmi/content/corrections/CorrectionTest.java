package io.rasmi.content.corrections;

import static io.rasmi.content.Callers.as;
import static io.rasmi.content.corrections.CorrectionFixtures.PATH;
import static io.rasmi.content.corrections.CorrectionFixtures.account;
import static io.rasmi.content.corrections.CorrectionFixtures.published;
import static io.rasmi.content.corrections.CorrectionFixtures.request;
import static io.rasmi.content.corrections.CorrectionFixtures.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.corrections.CorrectionFixtures.Account;
import io.rasmi.events.AccountRole;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;
import io.rasmi.testkit.MovableClock;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CorrectionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final java.util.concurrent.atomic.AtomicLong POSTS = new java.util.concurrent.atomic.AtomicLong(
            1790000000000000000L + System.nanoTime() % 1_000_000_000L);

    @Inject
    MovableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private static Instant minutesAgo(long minutes) {
        return Instant.now().minus(minutes, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    private static JsonPath open(Map<String, Object> body) {
        return as("moh", "publisher").body(body).post(PATH).then().statusCode(201).extract().jsonPath();
    }

    private static ConsumerRecord<String, String> event(String type, String correctionId) {
        ConsumerRecord<String, String> record = KafkaTestConsumer.awaitRecord(Topics.CONTENT_EVENTS, WAIT,
                r -> correctionId.equals(r.key()) && type.equals(EventCodec.read(r.value()).type()));
        EventContract.assertValid(record.key(), record.value());
        return record;
    }

    @Test
    void shouldEditATypoInPlaceWhileXStillAllowsEditing() {
        Account account = account("moh", Map.of());
        long post = POSTS.incrementAndGet();
        String contentId = published("moh", account, post, Duration.ofMinutes(3));

        JsonPath correction = open(request(account, contentId, null, "TYPO", minutesAgo(1)));

        assertThat(correction.getString("procedure")).isEqualTo("EDIT_IN_PLACE");
        assertThat(correction.getList("steps.step")).containsExactly("EDIT_POST", "ADD_CORRECTION_NOTE",
                "VERIFY_CORRECTION");
        assertThat(correction.getString("nextStep")).isEqualTo("EDIT_POST");
        assertThat(correction.getString("platformPostUrl")).isEqualTo(account.post(post));
        assertThat(correction.getString("platform")).isEqualTo("X");
        assertThat(correction.getString("state")).isEqualTo("OPEN");
        Instant publishedAt = Instant.parse(correction.getString("publishedAt"));
        assertThat(Instant.parse(correction.getString("editableUntil"))).isEqualTo(publishedAt.plus(Duration.ofHours(1)));
        assertThat(correction.getString("timeToCorrectSeconds")).isNull();
    }

    @Test
    void shouldDeleteAndRepostATypoOnceXsEditHourIsOver() {
        Account account = account("moh", Map.of());
        String contentId = published("moh", account, POSTS.incrementAndGet(), Duration.ofHours(2));

        JsonPath correction = open(request(account, contentId, null, "TYPO", minutesAgo(5)));

        assertThat(correction.getString("procedure")).isEqualTo("DELETE_AND_REPOST");
        assertThat(correction.getList("steps.step")).containsExactly("ARCHIVE_ORIGINAL", "DELETE_POST",
                "REPOST_CORRECTED", "VERIFY_CORRECTION");
        assertThat(correction.getString("editableUntil")).isNull();
    }

    @Test
    void shouldDeleteAndRepostAPostOnTheWrongAccountNamedByItsLink() {
        Account account = account("moh", Map.of());

        JsonPath correction = open(request(account, null, account.post(POSTS.incrementAndGet()), "WRONG_ACCOUNT",
                minutesAgo(5)));

        assertThat(correction.getString("procedure")).isEqualTo("DELETE_AND_REPOST");
        assertThat(correction.getList("steps.step")).contains("REPOST_ON_RIGHT_ACCOUNT");
        assertThat(correction.getString("contentId")).isNull();
    }

    @Test
    void shouldDeleteAndEscalateAnUnauthorisedPostAndAnnounceItWithoutItsDescription() {
        Account account = account("moh", Map.of());

        JsonPath correction = open(request(account, null, account.post(POSTS.incrementAndGet()),
                "UNAUTHORIZED_POST", minutesAgo(2)));

        assertThat(correction.getString("procedure")).isEqualTo("DELETE_AND_ESCALATE");
        assertThat(correction.getList("steps.step")).containsExactly("PRESERVE_EVIDENCE", "DELETE_POST",
                "ESCALATE_TO_IT_OFFICERS", "SECURE_ACCOUNT", "VERIFY_CORRECTION");
        CloudEvent event = EventCodec.read(
                event("io.rasmi.content.unauthorized-post-detected.v1", correction.getString("id")).value());
        assertThat(event.entity()).isEqualTo("moh");
        assertThat(event.data().get("accountId").asText()).isEqualTo(account.id().toString());
        assertThat(event.data().get("platform").asText()).isEqualTo("X");
        assertThat(event.data().has("description")).isFalse();
    }

    @Test
    void shouldDeleteAndEscalateAPrivacyLeakEvenWhereTheTextCouldBeEdited() {
        Account account = account("moh", Map.of());
        String contentId = published("moh", account, POSTS.incrementAndGet(), Duration.ofMinutes(3));

        JsonPath correction = open(request(account, contentId, null, "PRIVACY_LEAK", minutesAgo(1)));

        assertThat(correction.getString("procedure")).isEqualTo("DELETE_AND_ESCALATE");
        assertThat(correction.getList("steps.step")).contains("INFORM_AFFECTED_PERSON");
        CloudEvent event = EventCodec.read(
                event("io.rasmi.content.privacy-leak-detected.v1", correction.getString("id")).value());
        assertThat(event.data().get("contentId").asText()).isEqualTo(contentId);
        assertThat(event.data().has("description")).isFalse();
    }

    @Test
    void shouldCompleteStepsInOrderOnlyByRoleHoldersOnTheAccountAndMeasureTheTimeToCorrect() {
        UUID publisher = UUID.randomUUID();
        UUID admin = UUID.randomUUID();
        UUID moderatorOnAccount = UUID.randomUUID();
        UUID noRole = UUID.randomUUID();
        Account account = account("moh", Map.of(publisher, AccountRole.PUBLISHER, admin, AccountRole.ADMIN,
                moderatorOnAccount, AccountRole.MODERATOR));
        String contentId = published("moh", account, POSTS.incrementAndGet(), Duration.ofMinutes(3));
        Instant detectedAt = minutesAgo(2);
        String id = open(request(account, contentId, null, "TYPO", detectedAt)).getString("id");
        String steps = PATH + "/" + id + "/steps/";

        as("moh", "publisher").post(steps + "EDIT_POST").then().statusCode(403)
                .body("clause", equalTo("G7.5"));
        staff(noRole, "moh", "publisher").post(steps + "EDIT_POST").then().statusCode(403)
                .body("clause", equalTo("G7.5"));
        staff(moderatorOnAccount, "moh", "publisher").post(steps + "EDIT_POST").then().statusCode(403);
        staff(publisher, "moh", "moderator").post(steps + "EDIT_POST").then().statusCode(403);
        staff(publisher, "mohe", "publisher").post(steps + "EDIT_POST").then().statusCode(404);
        staff(publisher, "moh", "publisher").post(steps + "VERIFY_CORRECTION").then().statusCode(409);
        staff(publisher, "moh", "publisher").post(steps + "DELETE_POST").then().statusCode(404);
        as("moh", "management").get(PATH + "/" + id).then().statusCode(200)
                .body("steps.doneAt", contains(nullValue(), nullValue(), nullValue()));

        staff(publisher, "moh", "publisher").post(steps + "EDIT_POST").then().statusCode(200)
                .body("steps[0].doneAt", notNullValue())
                .body("steps[0].doneBy", equalTo(publisher.toString()))
                .body("nextStep", equalTo("ADD_CORRECTION_NOTE"))
                .body("state", equalTo("OPEN"));
        staff(publisher, "moh", "publisher").post(steps + "EDIT_POST").then().statusCode(409);

        clock.advance(Duration.ofHours(2));
        staff(admin, "moh", "entity-admin").post(steps + "ADD_CORRECTION_NOTE").then().statusCode(200)
                .body("steps[1].doneBy", equalTo(admin.toString()));
        as("moh", "publisher").get("/api/v1/content/" + contentId).then().body("state", equalTo("PUBLISHED"));
        JsonPath done = staff(publisher, "moh", "publisher").post(steps + "VERIFY_CORRECTION").then().statusCode(200)
                .extract().jsonPath();

        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getString("nextStep")).isNull();
        Instant correctedAt = Instant.parse(done.getString("correctedAt"));
        long seconds = done.getLong("timeToCorrectSeconds");
        assertThat(seconds).isEqualTo(Duration.between(detectedAt, correctedAt).getSeconds())
                .isGreaterThanOrEqualTo(Duration.ofHours(2).getSeconds());
        assertThat(Instant.parse(done.getString("steps[1].doneAt")))
                .isAfter(Instant.parse(done.getString("steps[0].doneAt")).plus(Duration.ofHours(2)));
        as("moh", "publisher").get("/api/v1/content/" + contentId).then().body("state", equalTo("CORRECTED"));
        staff(publisher, "moh", "publisher").post(steps + "VERIFY_CORRECTION").then().statusCode(409);

        CloudEvent corrected = EventCodec.read(event("io.rasmi.content.corrected.v1", id).value());
        assertThat(corrected.data().get("timeToCorrectSeconds").asLong()).isEqualTo(seconds);
        assertThat(corrected.data().get("contentId").asText()).isEqualTo(contentId);

        as("moh", "management").queryParam("accountId", account.id().toString()).get(PATH + "/stats").then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].errorType", equalTo("TYPO"))
                .body("[0].opened", equalTo(1))
                .body("[0].corrected", equalTo(1))
                .body("[0].meanSecondsToCorrect", equalTo((int) seconds))
                .body("[0].medianSecondsToCorrect", equalTo((int) seconds))
                .body("[0].maxSecondsToCorrect", equalTo((int) seconds));
    }

    @Test
    void shouldRefuseBadCorrectionsWithAProblemAndStoreNothing() {
        Account account = account("moh", Map.of());
        Account otherEntitys = account("mohe", Map.of());
        String notPublished = io.rasmi.content.ContentFixtures.approved("moh", account.id());
        String url = account.post(POSTS.incrementAndGet());

        as("moh", "publisher").body(request(account, null, url, "TYPO", Instant.now().plus(1, ChronoUnit.HOURS)))
                .post(PATH).then().statusCode(422).contentType("application/problem+json");
        as("moh", "publisher").body(request(otherEntitys, null, otherEntitys.post(1), "TYPO", minutesAgo(1)))
                .post(PATH).then().statusCode(404);
        as("mohe", "publisher").body(request(otherEntitys, notPublished, null, "TYPO", minutesAgo(1)))
                .post(PATH).then().statusCode(404);
        as("moh", "publisher").header("Accept-Language", "en")
                .body(request(account, notPublished, null, "FACTUAL", minutesAgo(1))).post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("never published"));
        as("moh", "publisher").body(request(account, null, null, "TYPO", minutesAgo(1)))
                .post(PATH).then().statusCode(400);
        as("moh", "publisher").body(request(account, null, "https://x.com/someone_else/status/1", "TYPO",
                minutesAgo(1))).post(PATH).then().statusCode(422);

        as("moh", "management").queryParam("accountId", account.id().toString()).get(PATH).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldReplayARetriedOpeningAndRefuseASecondOpenCorrectionOfThePost() {
        Account account = account("moh", Map.of());
        Map<String, Object> body = request(account, null, account.post(POSTS.incrementAndGet()), "BROKEN_LINK",
                minutesAgo(1));
        String key = UUID.randomUUID().toString();

        String first = as("moh", "publisher").header("Idempotency-Key", key).body(body).post(PATH).then()
                .statusCode(201).extract().path("id");
        as("moh", "publisher").header("Idempotency-Key", key).body(body).post(PATH).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as("moh", "moderator").body(body).post(PATH).then().statusCode(409);

        as("moh", "management").queryParam("accountId", account.id().toString()).get(PATH).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(first));
    }

    @Test
    void shouldListAndShowOnlyTheEntitysCorrectionsWithFilters() {
        Account account = account("moh", Map.of());
        String typo = open(request(account, null, account.post(POSTS.incrementAndGet()), "TYPO", minutesAgo(3)))
                .getString("id");
        String leak = open(request(account, null, account.post(POSTS.incrementAndGet()), "PRIVACY_LEAK",
                minutesAgo(2))).getString("id");

        as("moh", "approver").queryParam("accountId", account.id().toString()).get(PATH).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].id", equalTo(leak));
        as("moh", "approver").queryParam("accountId", account.id().toString()).queryParam("errorType", "TYPO")
                .get(PATH).then().statusCode(200).body("items.id", contains(typo));
        as("moh", "approver").queryParam("accountId", account.id().toString())
                .queryParam("procedure", "DELETE_AND_ESCALATE").queryParam("state", "OPEN").get(PATH).then()
                .statusCode(200).body("items.id", contains(leak));
        as("moh", "approver").queryParam("errorType", "SPELLING").get(PATH).then().statusCode(400);
        as("moh", "it-security").get(PATH + "/" + typo).then().statusCode(200).body("errorType", equalTo("TYPO"))
                .header("ETag", notNullValue());
        as("mohe", "it-security").get(PATH + "/" + typo).then().statusCode(404);
        as("mohe", "management").get(PATH).then().statusCode(200).body("items.id",
                org.hamcrest.Matchers.not(hasItem(typo)));
    }
}
