package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * A moderator in a real browser answers a comment with an approved canned reply found by an Arabic search (typed
 * with diacritics the stored reply does not have), then reads the response-time figures. What the journey needs
 * is put in through the APIs first: an ACTIVE account with the moderator as its MODERATOR (G6.a), a realm user
 * whose token names that staff member, a canned reply written and approved, and a comment from a platform export.
 * Once in Arabic and once in English, every page scanned by axe-core.
 */
class ConsoleModerationBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldAnswerACommentWithAnApprovedCannedReplyFoundByAnArabicSearch(String language) {
        String tag = OfficialAccounts.newTag();
        String accountId = ConsoleContentBrowserTest.activeAccountKnownToContent(tag);
        String moderator = moderatorOf(accountId, tag);
        String replyId = approvedCannedReply(tag);
        String commentId = "c-" + tag;
        as("moh-admin").contentType(ContentType.JSON).body(List.of(Map.of(
                "accountId", accountId, "platformCommentId", commentId,
                "postUrl", "https://x.com/" + OfficialAccounts.handle(tag) + "/status/1" + Math.abs(tag.hashCode()),
                "authorHandle", "@citizen_" + tag, "text", "متى يبدأ التلقيح في بغداد؟",
                "at", Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString())))
                .post(Stack.CONTENT + "/api/v1/comments").then().statusCode(200);

        try (Browser browser = new Browser()) {
            browser.signIn("/moderation", moderator);
            if ("en".equals(language)) {
                browser.switchToEnglish();
            }
            assertThat(browser.language()).isEqualTo(language);
            browser.visible(By.cssSelector("#queue li[data-comment='" + commentId + "'][data-status='NEW']"));
            browser.assertAccessible();

            browser.clickAndWaitForNewPage(By.id("answer-" + commentId));
            assertThat(browser.visible(By.id("comment-text")).getText()).contains("متى يبدأ التلقيح");
            browser.assertAccessible();

            // the search, with diacritics the stored reply does not have
            browser.type(By.id("q"), "التَّلْقيح " + tag);
            By choice = By.cssSelector("#reply-choices input[name=cannedReplyId][value='" + replyId + "']");
            browser.visible(choice).click();
            browser.until(driver -> driver.findElement(choice).isSelected());
            browser.assertAccessible();
            browser.clickAndWaitForNewPage(By.id("send-reply"));

            assertThat(browser.visible(By.id("done")).getAttribute("data-done")).isEqualTo("REPLY");
            browser.open("/moderation?show=answered");
            browser.visible(By.cssSelector("#queue li[data-comment='" + commentId + "'][data-status='REPLIED']"));
            browser.assertAccessible();

            browser.clickAndWaitForNewPage(By.id("moderation-stats"));
            browser.visible(By.cssSelector("#stats tr[data-account='" + accountId + "']"));
            assertThat(browser.language()).isEqualTo(language);
            browser.assertAccessible();
        }
    }

    /**
     * A new member of the unit who moderates the account, and a realm user whose token carries that staff id; the
     * username, once content-service knows the member holds the role.
     */
    private static String moderatorOf(String accountId, String tag) {
        String staffId = OfficialAccounts.created(as("moh-admin").contentType(ContentType.JSON).body(Map.of(
                "fullName", "Noor Al-Saadi", "officialEmail", "moderator." + tag + "@moh.gov.iq",
                "unitRole", "MODERATOR")).post(Stack.ACCOUNT + "/api/v1/staff"));
        as("moh-admin").contentType(ContentType.JSON).body(Map.of("staffId", staffId, "role", "MODERATOR"))
                .post(OfficialAccounts.ACCOUNTS + "/" + accountId + "/role-holders").then().statusCode(201);
        String username = "moh-moderator-" + tag;
        RealmUsers.create(username, "moh", "moderator", staffId);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Response known = as("moh-admin").get(Stack.CONTENT + "/api/v1/accounts/" + accountId);
            List<String> holders = known.path("roleHolders.findAll { it.role == 'MODERATOR' }.staffId");
            return known.statusCode() == 200 && holders != null && holders.contains(staffId);
        });
        return username;
    }

    /** A canned reply on vaccination written by the publisher and approved by the approver (G7.7); its id. */
    private static String approvedCannedReply(String tag) {
        Response written = as("moh-publisher").contentType(ContentType.JSON).body(Map.of(
                "topic", "مواعيد التلقيح " + tag,
                "questionPatterns", List.of("متى يبدأ التلقيح", "أين مراكز التلقيح"),
                "replyAr", "تبدأ حملة التلقيح يوم الأحد في جميع المراكز الصحية.",
                "replyEn", "The vaccination campaign starts on Sunday in every health centre."))
                .post(Stack.CONTENT + "/api/v1/canned-replies");
        String id = OfficialAccounts.created(written);
        as("moh-approver").contentType(ContentType.JSON).body(Map.of("contentHash", written.path("contentHash")))
                .post(Stack.CONTENT + "/api/v1/canned-replies/" + id + "/approvals").then().statusCode(200);
        return id;
    }
}
