package io.rasmi.content.replies;

import static io.rasmi.content.Callers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

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

    @Test
    void shouldRefuseACannedReplyWithAnInsultNamingClauseAndPositionAndStoreNothing() {
        String topic = "شكاوى " + UUID.randomUUID().toString().substring(0, 6);
        // Diacritics and tatweel do not hide the insult: the screening normalises Arabic first.
        String insulting = "شكراً لك يا غَبـــيّ على سؤالك.";
        as("moh", "publisher").body(Map.of("topic", topic, "questionPatterns", List.of("لماذا تأخر الرد؟"),
                "replyAr", insulting))
                .post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("clause", equalTo("G4.3.j"))
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("replyAr"))
                .body("violations[0].message", startsWith("G4.3.j HATE_SPEECH"))
                .body("violations[0].message", containsString("(" + insulting.indexOf("يا") + "-"));
        as("moh", "publisher").body(Map.of("topic", topic, "questionPatterns", List.of(),
                "replyAr", "شكراً لسؤالك.", "replyEn", "Thanks for asking, you bastard."))
                .post(PATH).then().statusCode(422)
                .body("clause", equalTo("G4.3.j"))
                .body("violations[0].field", equalTo("replyEn"))
                .body("violations[0].message", endsWith("(23-30)"));
        as("moh", "moderator").queryParam("q", topic).get(PATH).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseACannedReplyWithPersonalData() {
        as("moh", "publisher").body(Map.of("topic", "التواصل", "questionPatterns", List.of(),
                "replyAr", "اتصل بالموظف على ٠٧٧٠١٢٣٤٥٦٧ أو zainab.k@gmail.com"))
                .post(PATH).then().statusCode(422)
                .body("clauses", hasItems("G6.i", "G8.5"))
                .body("violations.field", equalTo(List.of("replyAr", "replyAr")))
                .body("violations[0].message", containsString("PERSONAL_DATA"))
                .body("violations[0].message", endsWith("(17-28)"));
        // The entity's official e-mail and website are no personal data and no outside link.
        create("التواصل", "راسلنا على info@moh.gov.iq أو زر https://moh.gov.iq/contact");
    }

    @Test
    void shouldScreenAnEditedCannedReplyAndKeepItUnchangedWhenRefused() {
        String id = create("التطعيم", "التطعيم مجاني في جميع المراكز.");
        String version = as("moh", "publisher").get(PATH + "/" + id).then().extract().header("ETag");
        as("moh", "publisher").header("If-Match", version)
                .body(Map.of("replyEn", "Call my colleague on +964 770 123 4567, idiot."))
                .patch(PATH + "/" + id).then().statusCode(422)
                .body("clauses", hasItems("G4.3.j", "G6.i"))
                .body("violations.field", hasItem("replyEn"));
        as("moh", "publisher").get(PATH + "/" + id).then().statusCode(200)
                .header("ETag", equalTo(version)).body("replyEn", nullValue());
        // Question patterns quote the public and are not screened: a pattern with an insult is accepted.
        as("moh", "publisher").header("If-Match", version)
                .body(Map.of("questionPatterns", List.of("ليش التطعيم بفلوس يا اغبياء")))
                .patch(PATH + "/" + id).then().statusCode(200);
    }
}
