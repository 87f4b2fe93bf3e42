package io.rasmi.content.items;

import static io.rasmi.content.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.content.ContentFixtures;
import io.rasmi.events.AccountStatus;

@QuarkusTest
class ContentItemTest {

    private UUID account;

    @BeforeEach
    void anActiveAccount() {
        account = Accounts.active("moh");
    }

    private static long stored() {
        return QuarkusTransaction.requiringNew().call(() -> ContentItem.count());
    }

    @Test
    void shouldPrepareADraftForTheEntitysActiveAccountWithItsHashAndVersion() {
        String id = as("moh", "publisher").body(ContentFixtures.draft(account)).post("/api/v1/content")
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/content/"))
                .body("state", equalTo("DRAFT"))
                .body("content.targetAccountIds", equalTo(List.of(account.toString())))
                .body("content.language", equalTo("ar"))
                .body("contentHash", matchesPattern("^[0-9a-f]{64}$"))
                .body("approvals.required", equalTo(1))
                .body("approvals.given", equalTo(0))
                .body("authorName", equalTo("moh-publisher"))
                .extract().path("id");

        as("moh", "approver").get("/api/v1/content/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("content.title", equalTo("حملة التلقيح الوطنية"));
    }

    @Test
    void shouldLetTheHeadOfTheUnitPrepareContentToo() {
        as("moh", "entity-admin").body(ContentFixtures.draft(account)).post("/api/v1/content")
                .then().statusCode(201).body("authorName", equalTo("moh-entity-admin"));
    }

    @Test
    void shouldGiveTheSameHashToTheSameContentWrittenDifferently() {
        Map<String, Object> first = ContentFixtures.draft(account);
        Map<String, Object> second = new java.util.HashMap<>(first);
        second.put("title", "  " + first.get("title") + "  ");
        String a = ContentFixtures.hashOf("moh", ContentFixtures.create("moh", first));
        String b = ContentFixtures.hashOf("moh", ContentFixtures.create("moh", second));
        assertThat(a).isEqualTo(b);
    }

    @Test
    void shouldAnswerNotFoundForAnotherEntitysItem() {
        String id = ContentFixtures.create("moh", ContentFixtures.draft(account));

        as("mohe", "publisher").get("/api/v1/content/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as("mohe", "publisher").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("title", "x")).patch("/api/v1/content/" + id).then().statusCode(404);
        as("mohe", "publisher").post("/api/v1/content/" + id + "/submission").then().statusCode(404);
        as("mohe", "publisher").post("/api/v1/content/" + id + "/schedule").then().statusCode(404);
        as("mohe", "publisher").body(Map.of("reason", "x")).post("/api/v1/content/" + id + "/withdrawal")
                .then().statusCode(404);
        as("mohe", "publisher").get("/api/v1/content/" + id + "/publications").then().statusCode(404);
        as("moh", "publisher").get("/api/v1/content/" + UUID.randomUUID()).then().statusCode(404);
        as("mohe", "publisher").get("/api/v1/content").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void shouldRefuseAnotherEntitysAccountAsNotFoundAndStoreNothing() {
        UUID foreign = Accounts.active("mohe");
        long before = stored();

        as("moh", "publisher").body(ContentFixtures.draft(account, foreign)).post("/api/v1/content")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldRefuseACompromisedAccountWithTheClauseAndStoreNothing() {
        UUID compromised = Accounts.known("moh", "acct_c" + UUID.randomUUID().toString().substring(0, 6),
                AccountStatus.COMPROMISED);
        UUID suspended = Accounts.known("moh", "acct_s" + UUID.randomUUID().toString().substring(0, 6),
                AccountStatus.SUSPENDED);
        long before = stored();

        as("moh", "publisher").body(ContentFixtures.draft(compromised)).post("/api/v1/content")
                .then().statusCode(409).body("clause", equalTo("G6.j"));
        as("moh", "publisher").body(ContentFixtures.draft(suspended)).post("/api/v1/content")
                .then().statusCode(409).body("clause", equalTo("G5.1"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadInputWithAProblemAndStoreNothing() {
        long before = stored();
        Map<String, Object> noTitle = ContentFixtures.draft(account);
        noTitle.remove("title");
        Map<String, Object> badLanguage = ContentFixtures.draft(account);
        badLanguage.put("language", "fr");
        Map<String, Object> noAccounts = ContentFixtures.draft();
        Map<String, Object> unknownField = ContentFixtures.draft(account);
        unknownField.put("priority", "HIGH");
        Map<String, Object> noResponders = ContentFixtures.draft(account);
        noResponders.put("interaction", Map.of("policy", "LIMITED", "responderStaffIds", List.of()));

        for (Map<String, Object> body : List.of(noTitle, badLanguage, noAccounts, unknownField)) {
            as("moh", "publisher").body(body).post("/api/v1/content").then().statusCode(400)
                    .contentType("application/problem+json");
        }
        as("moh", "publisher").body(noResponders).post("/api/v1/content").then().statusCode(422)
                .body("clause", equalTo("G7.6"));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void shouldEditWithMergePatchOnlyWithTheCurrentVersion() {
        String id = ContentFixtures.create("moh", ContentFixtures.draft(account));
        String hash = ContentFixtures.hashOf("moh", id);

        as("moh", "publisher").contentType("application/merge-patch+json").body(Map.of("title", "عنوان جديد"))
                .patch("/api/v1/content/" + id).then().statusCode(428);
        as("moh", "publisher").header("If-Match", "\"7\"").contentType("application/merge-patch+json")
                .body(Map.of("title", "عنوان جديد")).patch("/api/v1/content/" + id).then().statusCode(412);
        as("moh", "publisher").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(Map.of("format", "PODCAST")).patch("/api/v1/content/" + id).then().statusCode(400);

        Map<String, Object> patch = new java.util.HashMap<>();
        patch.put("title", "Vaccination campaign");
        patch.put("websiteLink", null);
        as("moh", "publisher").header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body(patch)
                .patch("/api/v1/content/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("content.title", equalTo("Vaccination campaign"))
                .body("content.websiteLink", org.hamcrest.Matchers.nullValue())
                .body("content.body", notNullValue())
                .body("contentHash", not(equalTo(hash)));
    }

    @Test
    void shouldListWithFiltersAndPaging() {
        UUID other = Accounts.active("moh");
        String word = "كلمة" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = ContentFixtures.draft(other);
        body.put("title", "عنوان " + word);
        String id = ContentFixtures.create("moh", body);
        ContentFixtures.create("moh", ContentFixtures.draft(other));

        as("moh", "management").queryParam("accountId", other.toString()).get("/api/v1/content")
                .then().statusCode(200).body("total", equalTo(2));
        as("moh", "management").queryParam("q", word).get("/api/v1/content")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        as("moh", "management").queryParam("accountId", other.toString()).queryParam("state", "SUBMITTED")
                .get("/api/v1/content").then().statusCode(200).body("total", equalTo(0));
        as("moh", "management").queryParam("accountId", other.toString()).queryParam("size", 1)
                .get("/api/v1/content").then().statusCode(200).body("items.size()", equalTo(1))
                .body("size", equalTo(1));
        as("moh", "management").queryParam("accountId", other.toString())
                .queryParam("from", "2000-01-01T00:00:00Z").queryParam("to", "2000-01-02T00:00:00Z")
                .get("/api/v1/content").then().statusCode(200).body("total", equalTo(0));

        as("moh", "management").queryParam("state", "LIVE").get("/api/v1/content").then().statusCode(400);
        as("moh", "management").queryParam("accountId", "not-an-id").get("/api/v1/content").then().statusCode(400);
        as("moh", "management").queryParam("from", "yesterday").get("/api/v1/content").then().statusCode(400);
    }
}
