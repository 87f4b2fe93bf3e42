package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountsPageTest {

    private static final Pattern CSRF_INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]+)\">");

    @Test
    void shouldShowTheAccountsScreensOnlyToTheHeadOfUnit() {
        for (String role : new String[] {"publisher", "approver", "moderator", "it-security", "management"}) {
            Visitors.as("moh", role).when().get("/accounts").then().statusCode(403);
        }
        Visitors.as("moh", "entity-admin").when().get("/accounts").then().statusCode(200);
    }

    @Test
    void shouldRenderTheRegisterFormWithItsCsrfTokenInArabicAndInEnglish() {
        Visitors.as("moh", "entity-admin").when().get("/accounts/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("البريد الإلكتروني الرسمي للتسجيل"))
                .body(containsString("name=\"csrf-token\""));
        Visitors.inEnglish(Visitors.as("moh", "entity-admin")).when().get("/accounts/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Official registration e-mail"));
    }

    @Test
    void shouldRefuseAFormThatDoesNotCarryItsCsrfToken() {
        Visitors.as("moh", "entity-admin").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("platform", "X").formParam("handle", "MOH_New")
                .when().post("/accounts")
                .then().statusCode(400);
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheServiceCannotBeReached() {
        Response form = Visitors.as("moh", "entity-admin").when().get("/accounts/new");
        Matcher token = CSRF_INPUT.matcher(form.body().asString());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();

        Visitors.as("moh", "entity-admin").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", form.cookie("csrf-token"))
                .formParam("csrf-token", token.group(1))
                .formParam("platform", "INSTAGRAM").formParam("handle", "MOH_Campaigns")
                .formParam("displayNameAr", "حملات وزارة الصحة").formParam("registrationEmail", "social@moh.gov.iq")
                .when().post("/accounts")
                .then().statusCode(422)
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("value=\"MOH_Campaigns\""))
                .body(containsString("value=\"حملات وزارة الصحة\""))
                .body(containsString("value=\"social@moh.gov.iq\""))
                .body(containsString("<option value=\"INSTAGRAM\" selected>"));
    }

    @Test
    void shouldSayTheRegisterIsUnavailableRatherThanFailWhenTheServiceIsDown() {
        Visitors.inEnglish(Visitors.as("moh", "entity-admin")).when().get("/accounts")
                .then().statusCode(200)
                .body(containsString("The service is not available right now."));
    }

    @Test
    void shouldShowAnUnavailablePageRatherThanAnErrorWhenTheAccountCannotBeRead() {
        Visitors.as("moh", "entity-admin").when().get("/accounts/" + java.util.UUID.randomUUID())
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("id=\"error-message\""))
                .body(containsString("الخدمة غير متاحة الآن"));
    }

    @Test
    void shouldNeverWriteAPasswordBackIntoThePage() {
        Response form = Visitors.as("moh", "entity-admin").when().get("/accounts/new");
        Matcher token = CSRF_INPUT.matcher(form.body().asString());
        assertThat(token.find()).isTrue();
        String password = "Qz#never-echoed-" + java.util.UUID.randomUUID();

        Response answer = Visitors.as("moh", "entity-admin")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", form.cookie("csrf-token"))
                .formParam("csrf-token", token.group(1))
                .formParam("newPassword", password)
                .when().post("/accounts/" + java.util.UUID.randomUUID() + "/password-rotations");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body().asString()).doesNotContain(password);
    }
}
