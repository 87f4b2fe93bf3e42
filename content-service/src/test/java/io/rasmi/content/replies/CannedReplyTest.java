package io.rasmi.content.replies;

import static io.rasmi.content.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Callers;

/** Canned replies: four eyes on the exact text, an edit voids the approval, and plain Arabic finds them. */
@QuarkusTest
class CannedReplyTest {

    private static final String PATH = "/api/v1/canned-replies";

    private static String create(String topic, String replyAr) {
        return as("moh", "publisher").body(Map.of("topic", topic, "questionPatterns",
                List.of("أين أجد مركز التَّلْقِيح الأقرب؟"), "replyAr", replyAr))
                .post(PATH).then().statusCode(201).body("approved", equalTo(false)).extract().path("id");
    }

    private static String hash(String id) {
        return as("moh", "approver").get(PATH + "/" + id).then().statusCode(200).extract().path("contentHash");
    }

    @Test
    void shouldNeedAnApproverWhoIsNotTheAuthorForTheExactText() {
        String id = create("مراكز التلقيح", "تجد قائمة المراكز على موقع الوزارة.");
        String hash = hash(id);
        Callers.person("moh-publisher", "moh", "approver").body(Map.of("contentHash", hash))
                .post(PATH + "/" + id + "/approvals").then().statusCode(422).body("clause", equalTo("G4.3.d"));
        as("moh", "approver").body(Map.of("contentHash", "0".repeat(64))).post(PATH + "/" + id + "/approvals")
                .then().statusCode(409);
        as("moh", "approver").body(Map.of("contentHash", hash)).post(PATH + "/" + id + "/approvals").then()
                .statusCode(200).body("approved", equalTo(true)).body("approvedBy", equalTo("moh-approver"));
        as("moh", "approver").body(Map.of("contentHash", hash)).post(PATH + "/" + id + "/approvals").then()
                .statusCode(409);

        String version = as("moh", "publisher").get(PATH + "/" + id).then().extract().header("ETag");
        as("moh", "publisher").header("If-Match", version).body(Map.of("replyAr", "القائمة على موقع الوزارة."))
                .patch(PATH + "/" + id).then().statusCode(200).body("approved", equalTo(false))
                .body("approvedBy", nullValue()).body("contentHash", not(equalTo(hash)));
        as("moh", "approver").body(Map.of("contentHash", hash)).post(PATH + "/" + id + "/approvals").then()
                .statusCode(409);
    }

    @Test
    void shouldEditOnlyWithTheCurrentVersion() {
        String id = create("ساعات الدوام", "الدوام من الثامنة صباحاً حتى الثانية ظهراً.");
        as("moh", "publisher").body(Map.of("topic", "الدوام")).patch(PATH + "/" + id).then().statusCode(428);
        as("moh", "publisher").header("If-Match", "\"41\"").body(Map.of("topic", "الدوام"))
                .patch(PATH + "/" + id).then().statusCode(412);
        as("moh", "publisher").header("If-Match", "\"0\"").body(Map.of("colour", "red"))
                .patch(PATH + "/" + id).then().statusCode(400);
        as("moh", "publisher").header("If-Match", "\"0\"").body(Map.of("replyAr", ""))
                .patch(PATH + "/" + id).then().statusCode(400);
    }

    @Test
    void shouldFindARepliesWrittenWithMarksFromPlainArabic() {
        String marked = "مَوَاعِيـــدُ " + UUID.randomUUID().toString().substring(0, 6);
        String id = create(marked, "نُعْلِنُ المَوَاعِيدَ الجَدِيدَةَ قَرِيباً.");
        as("moh", "moderator").queryParam("q", "مواعيد").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id));
        as("moh", "moderator").queryParam("q", "مركز الاقرب التلقيح").get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id));
        as("moh", "moderator").queryParam("q", "نعلن").queryParam("approved", true).get(PATH).then()
                .statusCode(200).body("items.id", not(hasItem(id)));
        as("mohe", "moderator").queryParam("q", "مواعيد").get(PATH).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("mohe", "moderator").get(PATH + "/" + id).then().statusCode(404);
        as("moh", "moderator").queryParam("q", "x".repeat(201)).get(PATH).then().statusCode(400);
    }
}
