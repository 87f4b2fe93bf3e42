package io.rasmi.console;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The moderator's screens with content-service down (as in every test). */
@QuarkusTest
class ModerationPagesTest {

    @Test
    void shouldShowTheModerationScreensOnlyToModeratorsTheHeadOfUnitAndManagement() {
        for (String role : new String[] {"publisher", "approver", "it-security", "cert-analyst"}) {
            Visitors.as("moh", role).when().get("/moderation").then().statusCode(403);
            Visitors.as("moh", role).when().get("/moderation/stats").then().statusCode(403);
        }
        for (String role : new String[] {"moderator", "entity-admin", "management"}) {
            Visitors.as("moh", role).when().get("/moderation").then().statusCode(200);
        }
    }

    @Test
    void shouldSayTheQueueIsUnavailableRatherThanFailWhenTheServiceIsDown() {
        Visitors.as("moh", "moderator").when().get("/moderation")
                .then().statusCode(200)
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("aria-current=\"page\">بانتظار الرد"))
                .body(not(containsString("id=\"queue-empty\"")));
        Visitors.inEnglish(Visitors.as("moh", "moderator")).when().get("/moderation?show=all")
                .then().statusCode(200)
                .body(containsString("The service is not available right now."))
                .body(containsString("aria-current=\"page\">All"));
    }

    @Test
    void shouldSayACommentCannotBeOpenedAndOfferNoActionWhenTheServiceIsDown() {
        Visitors.as("moh", "moderator").when().get("/moderation/" + UUID.randomUUID() + "?q=التلقيح")
                .then().statusCode(200)
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(not(containsString("id=\"reply-form\"")));
    }

    @Test
    void shouldAnswerTheReplySearchWithAFragmentSayingNothingMatchesWhenNothingCanBeFound() {
        Visitors.inEnglish(Visitors.as("moh", "moderator")).when()
                .get("/moderation/" + UUID.randomUUID() + "/replies?q=التلقيح")
                .then().statusCode(200)
                .body(containsString("id=\"no-replies\""))
                .body(containsString("No approved reply matches."))
                .body(not(containsString("<html")));
    }

    @Test
    void shouldLetManagementSeeTheQueueButNotActOnAComment() {
        Visitors.as("moh", "management").when().get("/moderation").then().statusCode(200);
        Visitors.as("moh", "management").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("action", "HIDE")
                .when().post("/moderation/" + UUID.randomUUID() + "/actions")
                .then().statusCode(403);
    }

    @Test
    void shouldShowTheResponseTimeFiguresUnavailableInEnglish() {
        Visitors.inEnglish(Visitors.as("moh", "management")).when().get("/moderation/stats")
                .then().statusCode(200)
                .body(containsString("Response time"))
                .body(containsString("The service is not available right now."));
    }

    @Test
    void shouldOfferCommentsInTheNavigationToModerators() {
        Visitors.as("moh", "moderator").when().get("/moderation")
                .then().body(containsString("<a href=\"/moderation\">التعليقات</a>"))
                .body(not(containsString("<a href=\"/content\">")));
    }
}
