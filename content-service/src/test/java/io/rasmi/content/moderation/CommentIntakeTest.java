package io.rasmi.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventContract;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/** Comments from platform exports: all or nothing, once per platform comment id, screened and announced. */
@QuarkusTest
class CommentIntakeTest {

    static Map<String, Object> comment(UUID account, String platformCommentId, String text) {
        Map<String, Object> line = new HashMap<>();
        line.put("accountId", account.toString());
        line.put("platformCommentId", platformCommentId);
        line.put("postUrl", "https://www.facebook.com/" + Staff.handleOf(account) + "/posts/1234567890");
        line.put("authorHandle", "citizen_" + platformCommentId);
        line.put("text", text);
        line.put("at", Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        return line;
    }

    static String pid() {
        return UUID.randomUUID().toString();
    }

    static long stored(UUID account) {
        return QuarkusTransaction.requiringNew().call(() -> Comment.count("accountId", account));
    }

    @Test
    void shouldStoreAReSentExportOnlyOnce() {
        UUID account = Staff.accountModeratedBy("moh", UUID.randomUUID());
        List<Map<String, Object>> export = List.of(comment(account, pid(), "متى تبدأ حملة التلقيح؟"),
                comment(account, pid(), "شكراً على التوضيح"));
        Staff.moderator(UUID.randomUUID(), "moh").body(export).post("/api/v1/comments").then().statusCode(200)
                .body("received", equalTo(2)).body("added", equalTo(2)).body("alreadyKnown", equalTo(0));
        Staff.moderator(UUID.randomUUID(), "moh").body(export).post("/api/v1/comments").then().statusCode(200)
                .body("received", equalTo(2)).body("added", equalTo(0)).body("alreadyKnown", equalTo(2))
                .body("lines[0].added", equalTo(false));
        assertThat(stored(account)).isEqualTo(2);
    }

    @Test
    void shouldLeaveTheLanguageUnknownWhenTheTextDoesNotTellIt() {
        UUID account = Staff.accountModeratedBy("moh", UUID.randomUUID());
        Staff.moderator(UUID.randomUUID(), "moh").body(List.of(comment(account, pid(), "👍👍 ١٠/١٠")))
                .post("/api/v1/comments").then().statusCode(200).body("added", equalTo(1));
        Staff.as(UUID.randomUUID(), "moh", "entity-admin").queryParam("accountId", account.toString())
                .get("/api/v1/moderation-queue").then().statusCode(200)
                .body("items[0].language", nullValue()).body("items[0].flagged", equalTo(false))
                .body("items[0].status", equalTo("NEW"));
    }

    @Test
    void shouldStoreNothingWhenOneLineIsBad() {
        UUID account = Staff.accountModeratedBy("moh", UUID.randomUUID());
        Map<String, Object> noText = comment(account, pid(), "x");
        noText.remove("text");
        Map<String, Object> future = comment(account, pid(), "سؤال");
        future.put("at", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        Map<String, Object> httpPost = comment(account, pid(), "سؤال آخر");
        httpPost.put("postUrl", "http://www.facebook.com/" + Staff.handleOf(account) + "/posts/1");
        Staff.moderator(UUID.randomUUID(), "moh")
                .body(List.of(comment(account, pid(), "سؤال جيد"), noText, future, httpPost))
                .post("/api/v1/comments").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("line 2: text"))
                .body("violations.field", hasItem("line 3: at"))
                .body("violations.field", hasItem("line 4: postUrl"));
        assertThat(stored(account)).isZero();
    }

    @Test
    void shouldRefuseABatchNamingAnotherEntitysAccount() {
        UUID mine = Staff.accountModeratedBy("moh", UUID.randomUUID());
        UUID theirs = Accounts.active("mohe");
        Staff.moderator(UUID.randomUUID(), "moh")
                .body(List.of(comment(mine, pid(), "سؤال"), comment(theirs, pid(), "سؤال")))
                .post("/api/v1/comments").then().statusCode(404)
                .body("violations[0].field", equalTo("line 2: accountId"));
        assertThat(stored(mine)).isZero();
        assertThat(stored(theirs)).isZero();
    }

    @Test
    void shouldRefuseABatchThatIsNotAnArrayOrIsEmpty() {
        Staff.moderator(UUID.randomUUID(), "moh").body(Map.of("text", "x")).post("/api/v1/comments").then()
                .statusCode(400);
        Staff.moderator(UUID.randomUUID(), "moh").body(List.of()).post("/api/v1/comments").then().statusCode(400);
    }

    @Test
    void shouldAnnounceEachNewCommentAndFlagWhatScreeningFinds() {
        UUID account = Staff.accountModeratedBy("moh", UUID.randomUUID());
        String plain = pid();
        String withPhone = pid();
        String id = Staff.moderator(UUID.randomUUID(), "moh")
                .body(List.of(comment(account, plain, "متى تبدأ حملة التلقيح؟"),
                        comment(account, withPhone, "اتصلوا بي على ٠٧٧٠١٢٣٤٥٦٧ يا حَقِيـــر")))
                .post("/api/v1/comments").then().statusCode(200).body("flagged", equalTo(1))
                .body("lines[1].flagged", equalTo(true)).extract().path("lines[1].commentId");

        ConsumerRecord<String, String> received = KafkaTestConsumer.awaitRecord(Topics.CONTENT_EVENTS,
                Duration.ofSeconds(60), r -> id.equals(r.key())
                        && "io.rasmi.content.comment-received.v1".equals(EventCodec.read(r.value()).type()));
        EventContract.assertValid(received.key(), received.value());
        CloudEvent event = EventCodec.read(received.value());
        assertThat(event.data().get("platformCommentId").asText()).isEqualTo(withPhone);
        assertThat(event.data().get("language").asText()).isEqualTo("ar");
        assertThat(event.data().get("platform").asText()).isEqualTo("FACEBOOK");
        assertThat(received.value()).doesNotContain("citizen_");

        ConsumerRecord<String, String> flagged = KafkaTestConsumer.awaitRecord(Topics.CONTENT_EVENTS,
                Duration.ofSeconds(60), r -> id.equals(r.key())
                        && "io.rasmi.content.comment-flagged.v1".equals(EventCodec.read(r.value()).type()));
        EventContract.assertValid(flagged.key(), flagged.value());
        CloudEvent flag = EventCodec.read(flagged.value());
        assertThat(flag.data().get("reasons").toString()).contains("HATE_SPEECH", "PERSONAL_DATA");
        assertThat(flag.data().get("clauses").toString()).contains("G4.3.j", "G6.i", "G8.5");
        assertThat(flagged.value()).doesNotContain("citizen_").doesNotContain("٠٧٧٠١٢٣٤٥٦٧");

        Staff.as(UUID.randomUUID(), "moh", "entity-admin").queryParam("accountId", account.toString())
                .queryParam("flagged", true).get("/api/v1/moderation-queue").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].findings.kind", hasItem("PERSONAL_DATA"))
                .body("items[0].findings.clause", hasItem("G4.3.j"));
    }

    @Test
    void shouldTakePostLinksOnTheCommentsAccountOnEveryPlatform() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID facebook = on(Platform.FACEBOOK, "MOHIraq" + tag, "https://www.facebook.com/MOHIraq" + tag);
        String pageId = String.valueOf(100_064_000_000_000L + Math.floorMod(tag.hashCode(), 1_000_000));
        UUID facebookById = on(Platform.FACEBOOK, "وزارة الصحة " + tag,
                "https://www.facebook.com/profile.php?id=" + pageId);
        UUID x = on(Platform.X, "MOH_Iraq" + tag, "https://x.com/MOH_Iraq" + tag);
        UUID youtube = on(Platform.YOUTUBE, "@MOHIraq" + tag, "https://www.youtube.com/@MOHIraq" + tag);
        UUID telegram = on(Platform.TELEGRAM, "mohiraq" + tag, "https://t.me/mohiraq" + tag);
        UUID instagram = on(Platform.INSTAGRAM, "moh_iq" + tag, "https://www.instagram.com/moh_iq" + tag);
        UUID tiktok = on(Platform.TIKTOK, "@moh_iraq" + tag, "https://www.tiktok.com/@moh_iraq" + tag);
        List<Map<String, Object>> export = List.of(
                withPost(facebook, "https://www.facebook.com/MOHIraq" + tag + "/posts/pfbid02xYz7Qk1"),
                withPost(facebook, "https://m.facebook.com/story.php?story_fbid=1234567890&id=100064000"),
                withPost(facebook, "https://www.facebook.com/photo.php?fbid=987654321"),
                withPost(facebook, "https://fb.watch/q8Zk3mN1aB/"),
                withPost(facebookById, "https://www.facebook.com/" + pageId + "/posts/987654321"),
                withPost(x, "https://x.com/MOH_Iraq" + tag + "/status/1790000000000000000"),
                withPost(x, "https://twitter.com/moh_iraq" + tag + "/status/1790000000000000001?s=20"),
                withPost(youtube, "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
                withPost(youtube, "https://youtu.be/dQw4w9WgXcQ?si=abc"),
                withPost(youtube, "https://www.youtube.com/shorts/aBcD1234xyz"),
                withPost(telegram, "https://t.me/mohiraq" + tag + "/1234"),
                withPost(instagram, "https://www.instagram.com/p/C1a2B3c4D5e/"),
                withPost(instagram, "https://www.instagram.com/reel/C9z8Y7x6W5v/?igsh=abc"),
                withPost(tiktok, "https://www.tiktok.com/@moh_iraq" + tag + "/video/7300000000000000000"));
        Staff.moderator(UUID.randomUUID(), "moh").body(export).post("/api/v1/comments").then().statusCode(200)
                .body("added", equalTo(export.size()));
    }

    @Test
    void shouldRefuseTheWholeBatchNamingEachPostLinkNotOnItsAccount() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID facebook = on(Platform.FACEBOOK, "MOHIraq" + tag, "https://www.facebook.com/MOHIraq" + tag);
        UUID x = on(Platform.X, "MOH_Iraq" + tag, "https://x.com/MOH_Iraq" + tag);
        UUID telegram = on(Platform.TELEGRAM, "mohiraq" + tag, "https://t.me/mohiraq" + tag);
        UUID tiktok = on(Platform.TIKTOK, "@moh_iraq" + tag, "https://www.tiktok.com/@moh_iraq" + tag);
        UUID youtube = on(Platform.YOUTUBE, "@MOHIraq" + tag, "https://www.youtube.com/@MOHIraq" + tag);
        List<Map<String, Object>> export = List.of(
                withPost(facebook, "https://www.facebook.com/MOHIraq" + tag + "/posts/1"), // 1: good
                withPost(facebook, "https://www.facebook.com/MOHE.Iraq/posts/1"), // 2: another page
                withPost(facebook, "https://x.com/MOHIraq" + tag + "/status/1"), // 3: another platform
                withPost(facebook, "https://www.facebook.com.evil.example/MOHIraq" + tag + "/posts/1"), // 4: look-alike
                withPost(x, "https://x.com/MOH_Iraq" + tag + "_fake/status/1790000000000000000"), // 5: look-alike
                withPost(telegram, "https://t.me/other_channel/12"), // 6: another channel
                withPost(tiktok, "https://www.tiktok.com/@someone_else/video/7300000000000000000"), // 7: another
                withPost(youtube, "https://youtu.be.evil.example/dQw4w9WgXcQ"), // 8: look-alike short link
                withPost(x, "https://fb.watch/q8Zk3mN1aB/")); // 9: Facebook's link for X
        Staff.moderator(UUID.randomUUID(), "moh").body(export).post("/api/v1/comments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("line 2: postUrl", "line 3: postUrl", "line 4: postUrl",
                        "line 5: postUrl", "line 6: postUrl", "line 7: postUrl", "line 8: postUrl",
                        "line 9: postUrl")))
                .body("violations[0].message", containsString("MOHIraq" + tag));
        for (UUID account : List.of(facebook, x, telegram, tiktok, youtube)) {
            assertThat(stored(account)).isZero();
        }
    }

    private static UUID on(Platform platform, String handle, String profileUrl) {
        return Accounts.activeOn("moh", platform, handle, profileUrl);
    }

    private static Map<String, Object> withPost(UUID account, String postUrl) {
        Map<String, Object> line = comment(account, pid(), "متى يبدأ الدوام؟");
        line.put("postUrl", postUrl);
        return line;
    }
}
