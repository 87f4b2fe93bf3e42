package io.rasmi.content.freezing;

import static io.rasmi.content.Callers.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.content.Accounts;
import io.rasmi.content.ContentFixtures;
import io.rasmi.events.AccountStatus;

/** Account events on the real broker freeze and thaw what is scheduled for the account. */
@QuarkusTest
class AccountFreezeTest {

    private static String state(String id) {
        return as("moh", "publisher").get("/api/v1/content/" + id).then().statusCode(200).extract().path("state");
    }

    @Test
    void shouldFreezeScheduledContentOfACompromisedAccountAndThawItOnRecovery() {
        UUID account = Accounts.active("moh");
        String scheduled = ContentFixtures.scheduled("moh", account);
        String draft = ContentFixtures.create("moh", ContentFixtures.draft(account));

        Accounts.changeStatus(account, "moh", AccountStatus.ACTIVE, AccountStatus.COMPROMISED);

        await().atMost(Duration.ofSeconds(30)).until(() -> "FROZEN".equals(state(scheduled)));
        as("moh", "publisher").get("/api/v1/content/" + draft).then().body("state", equalTo("DRAFT"));
        // it refuses new content, and nothing frozen is published
        as("moh", "publisher").body(ContentFixtures.draft(account)).post("/api/v1/content").then().statusCode(409)
                .body("clause", equalTo("G6.j"));
        as("moh", "publisher").body(Map.of("accountId", account.toString(),
                "platformPostUrl", "https://x.com/any/status/1", "publishedAt", Instant.now().toString()))
                .post("/api/v1/content/" + scheduled + "/publications").then().statusCode(409);

        Accounts.changeStatus(account, "moh", AccountStatus.COMPROMISED, AccountStatus.ACTIVE);

        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULED".equals(state(scheduled)));
    }

    @Test
    void shouldKeepAnItemFrozenWhileAnotherOfItsAccountsIsSuspended() {
        UUID first = Accounts.active("moh");
        UUID second = Accounts.active("moh");
        String scheduled = ContentFixtures.scheduled("moh", first, second);

        Accounts.changeStatus(first, "moh", AccountStatus.ACTIVE, AccountStatus.SUSPENDED);
        Accounts.changeStatus(second, "moh", AccountStatus.ACTIVE, AccountStatus.COMPROMISED);
        await().atMost(Duration.ofSeconds(30)).until(() -> "FROZEN".equals(state(scheduled)));

        Accounts.changeStatus(first, "moh", AccountStatus.SUSPENDED, AccountStatus.ACTIVE);
        as("moh", "publisher").get("/api/v1/content/" + scheduled).then().body("state", equalTo("FROZEN"));

        Accounts.changeStatus(second, "moh", AccountStatus.COMPROMISED, AccountStatus.ACTIVE);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULED".equals(state(scheduled)));
    }
}
