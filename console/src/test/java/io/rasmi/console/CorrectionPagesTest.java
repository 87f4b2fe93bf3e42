package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The error-correction screens with content-service and account-service down (as in every test). */
@QuarkusTest
class CorrectionPagesTest {

    private static final Pattern CSRF_INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]+)\">");

    @Test
    void shouldLetTheUnitReportAnErrorButNotManagementOrTheCert() {
        Visitors.as("moh", "management").when().get("/corrections/new").then().statusCode(403);
        Visitors.as("moh", "cert-analyst").when().get("/corrections").then().statusCode(403);
        Visitors.as("moh", "management").when().get("/corrections").then().statusCode(200)
                .body(not(containsString("id=\"new-correction\"")));
        Visitors.as("moh", "it-security").when().get("/corrections/new").then().statusCode(200)
                .body(containsString("id=\"correction-form\""))
                .body(containsString("<option value=\"PRIVACY_LEAK\">كشف بيانات شخصية</option>"));
    }

    @Test
    void shouldShowATimeItCannotReadBesideItsFieldAndKeepTheDescription() {
        Response form = Visitors.as("moh", "publisher").when().get("/corrections/new");
        Matcher token = CSRF_INPUT.matcher(form.body().asString());
        assertThat(token.find()).isTrue();

        Visitors.inEnglish(Visitors.as("moh", "publisher"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", form.cookie("csrf-token")).formParam("csrf-token", token.group(1))
                .formParam("accountId", UUID.randomUUID().toString()).formParam("errorType", "FACTUAL")
                .formParam("detectedAt", "yesterday").formParam("description", "The date says Monday; it is Sunday")
                .when().post("/corrections")
                .then().statusCode(422)
                .body(containsString("id=\"detectedAt-error\""))
                .body(containsString("This value cannot be read"))
                .body(containsString(">The date says Monday; it is Sunday</textarea>"))
                .body(containsString("<option value=\"FACTUAL\" selected>"));
    }

    @Test
    void shouldSayACorrectionCannotBeReadWhenTheServiceIsDown() {
        Visitors.as("moh", "publisher").when().get("/corrections/" + UUID.randomUUID())
                .then().statusCode(200)
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(not(containsString("id=\"steps\"")));
    }

    @Test
    void shouldLetOnlyPublishersAndTheHeadOfUnitDoAStep() {
        Visitors.as("moh", "moderator").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .when().post("/corrections/" + UUID.randomUUID() + "/steps/EDIT_POST")
                .then().statusCode(403);
    }
}
