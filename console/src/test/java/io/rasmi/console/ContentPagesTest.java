package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The publisher's and approver's screens with content-service and account-service down (as in every test). */
@QuarkusTest
class ContentPagesTest {

    private static final Pattern CSRF_INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]+)\">");

    /** A form post as {@code role} carrying the CSRF token and cookie of the editor page. */
    private static RequestSpecification posting(String role) {
        Response editor = Visitors.as("moh", role).when().get("/content/new");
        Matcher token = CSRF_INPUT.matcher(editor.body().asString());
        assertThat(token.find()).as("the editor carries a CSRF token").isTrue();
        return Visitors.as("moh", role).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", editor.cookie("csrf-token"))
                .formParam("csrf-token", token.group(1));
    }

    @Test
    void shouldOfferTheEditorOnlyToPublishersAndTheHeadOfUnit() {
        for (String role : new String[] {"approver", "moderator", "management", "it-security", "cert-analyst"}) {
            Visitors.as("moh", role).when().get("/content/new").then().statusCode(403);
        }
        Visitors.as("moh", "publisher").when().get("/content/new").then().statusCode(200);
        Visitors.as("moh", "entity-admin").when().get("/content/new").then().statusCode(200);
    }

    @Test
    void shouldShowTheContentListToTheUnitButNotToItSecurity() {
        Visitors.as("moh", "it-security").when().get("/content").then().statusCode(403);
        Visitors.as("moh", "approver").when().get("/content").then().statusCode(200)
                .body(not(containsString("id=\"new-content\"")));
    }

    @Test
    void shouldRenderTheEditorWithItsLiveChecksInArabicAndInEnglish() {
        Visitors.as("moh", "publisher").when().get("/content/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("نص المنشور"))
                .body(containsString("hx-post=\"/content/checks\""))
                .body(containsString("hx-include=\"#editor-form\""))
                .body(containsString("aria-live=\"polite\""))
                .body(containsString("id=\"findings-idle\""))
                .body(containsString("name=\"csrf-token\""));
        Visitors.inEnglish(Visitors.as("moh", "publisher")).when().get("/content/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Text of the post"))
                .body(containsString("Pre-publication findings"));
    }

    @Test
    void shouldSayInTheFindingsThatTheChecksCannotRunWhenContentServiceIsDown() {
        posting("publisher").formParam("title", "حملة التلقيح").formParam("body", "اتصلوا على ٠٧٧٠١٢٣٤٥٦٧")
                .when().post("/content/checks")
                .then().statusCode(200)
                .body(containsString("id=\"findings-unavailable\""))
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(not(containsString("<html")));
    }

    @Test
    void shouldNotRunTheChecksOnAnEmptyDraft() {
        posting("publisher").formParam("title", "").formParam("body", " ")
                .when().post("/content/checks")
                .then().statusCode(200)
                .body(containsString("id=\"findings-idle\""));
    }

    @Test
    void shouldRefuseALiveCheckThatDoesNotCarryItsCsrfToken() {
        Visitors.as("moh", "publisher").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("body", "نص")
                .when().post("/content/checks")
                .then().statusCode(400);
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheServiceCannotBeReached() {
        posting("publisher").formParam("title", "حملة التلقيح الوطنية")
                .formParam("body", "تبدأ الحملة يوم الأحد")
                .formParam("language", "ar").formParam("format", "IMAGE").formParam("policy", "OPEN")
                .formParam("websiteLink", "https://moh.gov.iq/news/1")
                .when().post("/content")
                .then().statusCode(422)
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("value=\"حملة التلقيح الوطنية\""))
                .body(containsString(">تبدأ الحملة يوم الأحد</textarea>"))
                .body(containsString("<option value=\"IMAGE\" selected>"))
                .body(containsString("<option value=\"OPEN\" selected>"))
                .body(containsString("value=\"https://moh.gov.iq/news/1\""));
    }

    @Test
    void shouldShowAPlannedTimeItCannotReadBesideItsFieldInEnglish() {
        Visitors.inEnglish(posting("publisher")).formParam("title", "Vaccination")
                .formParam("body", "The campaign starts on Sunday").formParam("plannedAt", "next Sunday")
                .when().post("/content")
                .then().statusCode(422)
                .body(containsString("id=\"plannedAt-error\""))
                .body(containsString("This value cannot be read"))
                .body(containsString("value=\"next Sunday\""));
    }

    @Test
    void shouldLetOnlyApproversDecide() {
        UUID item = UUID.randomUUID();
        posting("publisher").formParam("decision", "APPROVE").formParam("contentHash", "0".repeat(64))
                .when().post("/content/" + item + "/approvals")
                .then().statusCode(403);
    }

    @Test
    void shouldSayTheListAndAnItemAreUnavailableRatherThanFailWhenTheServiceIsDown() {
        Visitors.inEnglish(Visitors.as("moh", "publisher")).when().get("/content")
                .then().statusCode(200)
                .body(containsString("The service is not available right now."))
                .body(containsString("id=\"new-content\""));
        Visitors.as("moh", "approver").when().get("/content/" + UUID.randomUUID())
                .then().statusCode(200)
                .body(containsString("الخدمة غير متاحة الآن"));
    }

    @Test
    void shouldShowTheCalendarUnavailableWithItsWeekAndMonthSwitch() {
        Visitors.as("moh", "approver").when().get("/calendar?view=month&from=٢٠٢٦-١٢-٠١")
                .then().statusCode(200)
                .body(containsString("تقويم المحتوى"))
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("<option value=\"month\" selected>"))
                .body(containsString("href=\"/calendar?view=month&amp;from=2026-11-01\""))
                .body(containsString("href=\"/calendar?view=month&amp;from=2027-01-01\""));
        Visitors.as("moh", "it-security").when().get("/calendar").then().statusCode(403);
    }

    @Test
    void shouldOfferContentInTheNavigationToThoseWhoMayUseIt() {
        Visitors.as("moh", "publisher").when().get("/content/new")
                .then().body(containsString("<a href=\"/content\">المحتوى</a>"))
                .body(not(containsString("href=\"/moderation\"")));
    }

    @Test
    void shouldOfferTheCalendarWindowAsAnICalDownloadRatherThanASubscription() {
        Visitors.as("moh", "approver").when().get("/calendar?view=month&from=2026-12-01")
                .then().statusCode(200)
                .body(containsString("id=\"calendar-download\""))
                .body(containsString("href=\"/calendar/ics?view=month&amp;from=2026-12-01\" id=\"calendar-download\" "
                        + "download"))
                .body(not(containsString("webcal:")))
                .body(not(containsString("access_token")));
    }

    @Test
    void shouldAnswer503WithoutAFileForTheCalendarDownloadWhenContentServiceIsDown() {
        Visitors.as("moh", "publisher").when().get("/calendar/ics?view=week&from=2026-12-01")
                .then().statusCode(503)
                .header("Content-Disposition", (String) null)
                .body(containsString("الخدمة غير متاحة الآن"));
        Visitors.as("moh", "it-security").when().get("/calendar/ics").then().statusCode(403);
    }
}
