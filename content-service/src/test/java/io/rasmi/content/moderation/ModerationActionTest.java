package io.rasmi.content.moderation;

import static io.rasmi.content.moderation.CommentIntakeTest.comment;
import static io.rasmi.content.moderation.CommentIntakeTest.pid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Callers;

/** Only an account's moderators act on its comments; replies are screened or canned and approved. */
@QuarkusTest
class ModerationActionTest {

    private static String receive(UUID account, String text) {
        return Staff.moderator(UUID.randomUUID(), "moh").body(List.of(comment(account, pid(), text)))
                .post("/api/v1/comments").then().statusCode(200).extract().path("lines[0].commentId");
    }

    static String approvedCannedReply(String entity) {
        String id = Callers.as(entity, "publisher").body(Map.of("topic", "مواعيد التلقيح",
                "questionPatterns", List.of("متى تبدأ حملة التلقيح"),
                "replyAr", "تبدأ حملة التلقيح يوم الأحد في جميع المراكز الصحية.",
                "replyEn", "The campaign starts on Sunday in every health centre."))
                .post("/api/v1/canned-replies").then().statusCode(201).extract().path("id");
        String hash = Callers.as(entity, "approver").get("/api/v1/canned-replies/" + id).then().statusCode(200)
                .extract().path("contentHash");
        Callers.as(entity, "approver").body(Map.of("contentHash", hash))
                .post("/api/v1/canned-replies/" + id + "/approvals").then().statusCode(200);
        return id;
    }

    @Test
    void shouldLetTheAccountsModeratorReplyWithAnApprovedCannedReply() {
        UUID moderator = UUID.randomUUID();
        UUID account = Staff.accountModeratedBy("moh", moderator);
        String comment = receive(account, "متى تبدأ حملة التلقيح؟");
        String canned = approvedCannedReply("moh");

        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "cannedReplyId", canned))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(201)
                .body("cannedReplyId", equalTo(canned))
                .body("text", equalTo("تبدأ حملة التلقيح يوم الأحد في جميع المراكز الصحية."))
                .body("commentStatus", equalTo("REPLIED"));
        Staff.moderator(moderator, "moh").queryParam("answered", true).get("/api/v1/moderation-queue").then()
                .statusCode(200).body("items.id", hasItem(comment))
                .body("items.find { it.id == '" + comment + "' }.firstReplyAt", notNullValue());
        Staff.as(UUID.randomUUID(), "moh", "management").get("/api/v1/comments/" + comment + "/actions").then()
                .statusCode(200).body("[0].cannedReplyId", equalTo(canned));
    }

    @Test
    void shouldRefuseAnyoneWhoDoesNotModerateTheAccount() {
        UUID moderator = UUID.randomUUID();
        UUID account = Staff.accountModeratedBy("moh", moderator);
        String comment = receive(account, "سؤال عن المواعيد");
        Map<String, Object> hide = Map.of("action", "HIDE", "note", "spam");

        Staff.moderator(UUID.randomUUID(), "moh").body(hide).post("/api/v1/comments/" + comment + "/actions")
                .then().statusCode(403).body("clause", equalTo("G7.6"));
        Staff.as(UUID.randomUUID(), "moh", "entity-admin").body(hide)
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(403);
        Callers.as("moh", "moderator").body(hide).post("/api/v1/comments/" + comment + "/actions").then()
                .statusCode(403); // a token without a staff id
        Staff.moderator(moderator, "mohe").body(hide).post("/api/v1/comments/" + comment + "/actions").then()
                .statusCode(404);
        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "text", "شكراً")).post("/api/v1/comments/"
                + UUID.randomUUID() + "/actions").then().statusCode(404);
        Staff.moderator(UUID.randomUUID(), "moh").queryParam("accountId", account.toString())
                .get("/api/v1/moderation-queue").then().statusCode(403);
        Staff.moderator(moderator, "mohe").queryParam("accountId", account.toString())
                .get("/api/v1/moderation-queue").then().statusCode(404);

        Staff.moderator(moderator, "moh").body(hide).post("/api/v1/comments/" + comment + "/actions").then()
                .statusCode(201).body("commentStatus", equalTo("HIDDEN"));
    }

    @Test
    void shouldShowAModeratorOnlyTheQueuesOfTheAccountsTheyModerate() {
        UUID moderator = UUID.randomUUID();
        UUID mine = Staff.accountModeratedBy("moh", moderator);
        UUID other = Staff.accountModeratedBy("moh", UUID.randomUUID());
        String seen = receive(mine, "سؤال أول");
        String unseen = receive(other, "سؤال ثان");
        Staff.moderator(moderator, "moh").queryParam("size", 200).get("/api/v1/moderation-queue").then()
                .statusCode(200).body("items.id", hasItem(seen))
                .body("items.id.contains('" + unseen + "')", equalTo(false))
                .body("items.accountId.unique()", equalTo(List.of(mine.toString())));
    }

    @Test
    void shouldRefuseAFreeTextReplyThatScreeningBlocks() {
        UUID moderator = UUID.randomUUID();
        UUID account = Staff.accountModeratedBy("moh", moderator);
        String comment = receive(account, "أريد رقم المدير");

        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "text",
                "رقمه ٠٧٧٠١٢٣٤٥٦٧ وتابعونا على https://t.me/moh_news"))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("clauses", hasItems("G6.i", "G7.6"))
                .body("violations.field", hasItem("text"));
        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "text", "يا غبي"))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(422)
                .body("clause", equalTo("G4.3.j"));
        Staff.moderator(moderator, "moh").get("/api/v1/comments/" + comment + "/actions").then().statusCode(200)
                .body("size()", equalTo(0));

        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "text",
                "يسعدنا تواصلك، راسلنا على info@moh.gov.iq أو زر https://moh.gov.iq/contact"))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(201)
                .body("commentStatus", equalTo("REPLIED"));
    }

    @Test
    void shouldRefuseACannedReplyThatIsNotApprovedOrNotTheEntitys() {
        UUID moderator = UUID.randomUUID();
        UUID account = Staff.accountModeratedBy("moh", moderator);
        String comment = receive(account, "سؤال عن الحملة");
        String draft = Callers.as("moh", "publisher").body(Map.of("topic", "الحملة", "questionPatterns", List.of(),
                "replyAr", "سنعلن التفاصيل قريباً.")).post("/api/v1/canned-replies").then().statusCode(201)
                .extract().path("id");
        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "cannedReplyId", draft))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(409)
                .body("clause", equalTo("G7.7"));
        String theirs = approvedCannedReply("mohe");
        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "cannedReplyId", theirs))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(404);
        Staff.moderator(moderator, "moh").body(Map.of("action", "REPLY", "cannedReplyId", theirs, "text", "شكراً"))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(400);
        Staff.moderator(moderator, "moh").body(Map.of("action", "HIDE", "text", "شكراً"))
                .post("/api/v1/comments/" + comment + "/actions").then().statusCode(400);
    }
}
