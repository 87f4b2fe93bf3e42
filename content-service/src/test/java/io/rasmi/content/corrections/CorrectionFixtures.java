package io.rasmi.content.corrections;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import io.rasmi.content.Accounts;
import io.rasmi.content.Callers;
import io.rasmi.content.ContentFixtures;
import io.rasmi.events.AccountRole;
import io.rasmi.events.AccountState;
import io.rasmi.events.AccountStatus;
import io.rasmi.events.CloudEvent;
import io.rasmi.events.EventCodec;
import io.rasmi.events.EventType;
import io.rasmi.events.Platform;
import io.rasmi.events.Topics;
import io.rasmi.testkit.TestTokens;
import io.rasmi.testkit.KafkaTestProducer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Accounts with role holders, posts published on them, and staff members who correct them, through the real parts. */
final class CorrectionFixtures {

    static final String PATH = "/api/v1/corrections";

    private CorrectionFixtures() {
    }

    /** An ACTIVE X account of the entity, known to the directory, on which these staff hold these roles. */
    static Account account(String entity, Map<UUID, AccountRole> holders) {
        String handle = "fix_" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().minusSeconds(60);
        List<AccountState.RoleHolder> roleHolders = holders.entrySet().stream()
                .map(h -> new AccountState.RoleHolder(h.getKey(), h.getValue())).toList();
        send(id, EventCodec.write(CloudEvent.of(EventType.ACCOUNT_STATE, id.toString(), entity,
                new AccountState(id, entity, Platform.X, handle, "https://x.com/" + handle, "وزارة الصحة", null,
                        AccountStatus.ACTIVE, true, new AccountState.PostingPlan(3, null), roleHolders, 1, at, at),
                at)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Accounts.status(id) == AccountStatus.ACTIVE);
        return new Account(id, handle);
    }

    record Account(UUID id, String handle) {

        String post(long number) {
            return "https://x.com/" + handle + "/status/" + number;
        }
    }

    /** A content item of the entity approved and published on the account {@code ago}; its id. */
    static String published(String entity, Account account, long postNumber, Duration ago) {
        String id = ContentFixtures.approved(entity, account.id());
        Callers.as(entity, "publisher").body(Map.of("accountId", account.id().toString(),
                "platformPostUrl", account.post(postNumber),
                "publishedAt", Instant.now().minus(ago).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post("/api/v1/content/" + id + "/publications").then().statusCode(201);
        return id;
    }

    /** A staff member of the entity with these Rasmi roles, whose token names their staff id. */
    static RequestSpecification staff(UUID staffId, String entity, String... roles) {
        return given().auth().oauth2(TestTokens.user("staff-" + staffId).entity(entity).roles(roles)
                .claim("staff_id", staffId.toString()).token()).contentType(ContentType.JSON);
    }

    static Map<String, Object> request(Account account, String contentId, String url, String errorType,
            Instant detectedAt) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("accountId", account.id().toString());
        if (contentId != null) {
            body.put("contentId", contentId);
        }
        if (url != null) {
            body.put("platformPostUrl", url);
        }
        body.put("errorType", errorType);
        body.put("detectedAt", detectedAt.toString());
        body.put("description", "تاريخ الحملة خاطئ: الأحد لا الاثنين");
        return body;
    }

    private static void send(UUID key, String value) {
        KafkaTestProducer.send(Topics.ACCOUNT_STATE, key.toString(), value);
    }
}
