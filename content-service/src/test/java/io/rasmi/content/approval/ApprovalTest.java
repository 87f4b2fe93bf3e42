package io.rasmi.content.approval;

import static io.rasmi.content.Callers.as;
import static io.rasmi.content.Callers.person;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.content.ContentFixtures;

@QuarkusTest
class ApprovalTest {

    private UUID account;

    @BeforeEach
    void anActiveAccount() {
        account = Accounts.active("moh");
    }

    private static Map<String, Object> decision(String decision, boolean factChecked, boolean neutral, String hash) {
        return Map.of("decision", decision, "factChecked", factChecked, "neutral", neutral, "contentHash", hash);
    }

    private static String submitted(Map<String, Object> body) {
        String id = ContentFixtures.create("moh", body);
        ContentFixtures.submit("moh", id).statusCode(200).body("state", equalTo("SUBMITTED"));
        return id;
    }

    @Test
    void shouldApproveASubmittedItemByAnotherPerson() {
        String id = submitted(ContentFixtures.draft(account));

        ContentFixtures.approve("moh", id, "moh-approver").statusCode(201)
                .body("decision", equalTo("APPROVE"))
                .body("counts", equalTo(true))
                .body("contentState", equalTo("APPROVED"));
        as("moh", "publisher").get("/api/v1/content/" + id).then()
                .body("state", equalTo("APPROVED"))
                .body("approvals.given", equalTo(1));
    }

    @Test
    void shouldNeverLetTheAuthorApproveTheirOwnItem() {
        // one person who is both publisher and approver writes the item, then tries to approve it
        String author = "moh-writer";
        String mine = person(author, "moh", "publisher", "approver").body(ContentFixtures.draft(account))
                .post("/api/v1/content").then().statusCode(201).extract().path("id");
        ContentFixtures.submit("moh", mine).statusCode(200);

        person(author, "moh", "publisher", "approver")
                .body(decision("APPROVE", true, true, ContentFixtures.hashOf("moh", mine)))
                .post("/api/v1/content/" + mine + "/approvals").then().statusCode(422)
                .body("clause", equalTo("G4.3.d"));
        as("moh", "publisher").get("/api/v1/content/" + mine).then().body("state", equalTo("SUBMITTED"))
                .body("approvals.given", equalTo(0));
    }

    @Test
    void shouldApproveOnlyCheckedFactsAndNeutralTopics() {
        String id = submitted(ContentFixtures.draft(account));
        String hash = ContentFixtures.hashOf("moh", id);

        as("moh", "approver").body(decision("APPROVE", false, true, hash))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(422).body("clause", equalTo("G7.3.a"));
        as("moh", "approver").body(decision("APPROVE", true, false, hash))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(422).body("clause", equalTo("G7.3.b"));
        as("moh", "approver").get("/api/v1/content/" + id + "/approvals").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void shouldNeedTwoDifferentApproversForACampaign() {
        Map<String, Object> body = ContentFixtures.draft(account);
        body.put("campaign", true);
        String id = submitted(body);

        ContentFixtures.approve("moh", id, "moh-approver-1").statusCode(201).body("contentState", equalTo("SUBMITTED"));
        ContentFixtures.approve("moh", id, "moh-approver-1").statusCode(409);
        as("moh", "publisher").get("/api/v1/content/" + id).then()
                .body("approvals.required", equalTo(2)).body("approvals.given", equalTo(1));

        ContentFixtures.approve("moh", id, "moh-approver-2").statusCode(201).body("contentState", equalTo("APPROVED"));
    }

    @Test
    void shouldNeedTwoApproversForPaidPromotion() {
        Map<String, Object> body = ContentFixtures.draft(account);
        body.put("paidPromotion", true);
        String id = submitted(body);

        ContentFixtures.approve("moh", id, "moh-approver-1").statusCode(201).body("contentState", equalTo("SUBMITTED"));
    }

    @Test
    void shouldBindTheApprovalToTheHashOfTheContentReviewed() {
        String id = submitted(ContentFixtures.draft(account));
        String stale = "0".repeat(64);

        as("moh", "approver").body(decision("APPROVE", true, true, stale))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(409);
        as("moh", "publisher").get("/api/v1/content/" + id).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void shouldReturnAnEditedApprovedItemToDraftAndVoidItsApproval() {
        String id = ContentFixtures.approved("moh", account);
        String approvedHash = ContentFixtures.hashOf("moh", id);
        String version = as("moh", "publisher").get("/api/v1/content/" + id).then().extract().header("ETag");

        as("moh", "publisher").header("If-Match", version).contentType("application/merge-patch+json")
                .body(Map.of("body", "نص معدّل بعد الموافقة")).patch("/api/v1/content/" + id)
                .then().statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("approvals.given", equalTo(0));
        as("moh", "approver").get("/api/v1/content/" + id + "/approvals").then().statusCode(200)
                .body("[0].contentHash", equalTo(approvedHash))
                .body("[0].counts", equalTo(false));

        // submitted again, the new content needs a new approval
        ContentFixtures.submit("moh", id).statusCode(200).body("approvals.given", equalTo(0));
        ContentFixtures.approve("moh", id, "moh-approver").statusCode(201).body("contentState", equalTo("APPROVED"));
    }

    @Test
    void shouldSendAnItemBackForChangesAndTakeItAgain() {
        String id = submitted(ContentFixtures.draft(account));

        as("moh", "approver").body(Map.of("decision", "REQUEST_CHANGES", "factChecked", false, "neutral", true,
                "note", "أضف مصدر الخبر", "contentHash", ContentFixtures.hashOf("moh", id)))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(201)
                .body("contentState", equalTo("CHANGES_REQUESTED"))
                .body("counts", equalTo(false));
        ContentFixtures.approve("moh", id, "moh-approver").statusCode(409);

        ContentFixtures.submit("moh", id).statusCode(200).body("state", equalTo("SUBMITTED"));
        ContentFixtures.approve("moh", id, "moh-approver").statusCode(201).body("contentState", equalTo("APPROVED"));
    }

    @Test
    void shouldRefuseADecisionOnADraftOrAnotherEntitysItem() {
        String id = ContentFixtures.create("moh", ContentFixtures.draft(account));
        String hash = ContentFixtures.hashOf("moh", id);

        as("moh", "approver").body(decision("APPROVE", true, true, hash))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(409);
        as("mohe", "approver").body(decision("APPROVE", true, true, hash))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(404);
        as("mohe", "approver").get("/api/v1/content/" + id + "/approvals").then().statusCode(404);
        as("moh", "approver").body(Map.of("decision", "MAYBE", "contentHash", hash))
                .post("/api/v1/content/" + id + "/approvals").then().statusCode(400);
    }
}
