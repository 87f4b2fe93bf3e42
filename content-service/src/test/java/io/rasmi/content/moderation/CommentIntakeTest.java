package io.rasmi.content.moderation;

import static org.assertj.core.api.Assertions.assertThat;
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
import io.rasmi.events.Topics;
import io.rasmi.testkit.KafkaTestConsumer;

/** Comments from platform exports: all or nothing, once per platform comment id, screened and announced. */
@QuarkusTest
class CommentIntakeTest {

    static Map<String, Object> comment(UUID account, String platformCommentId, String text) {
        Map<String, Object> line = new HashMap<>();
        line.put("accountId", account.toString());
        line.put("platformCommentId", platformCommentId);
        line.put("postUrl", "https://www.facebook.com/moh.iraq/posts/1234567890");
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
        httpPost.put("postUrl", "http://www.facebook.com/moh.iraq/posts/1");
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
}
