package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IncidentsPageTest {

    @Test
    void shouldShowTheReportFormWithItsCsrfTokenAndEveryIncidentTypeInArabic() {
        Staff.as("moh", "it-security").when().get("/incidents/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("الإبلاغ عن حادثة"))
                .body(containsString("<option value=\"ACCOUNT_COMPROMISE\" selected>اختراق حساب</option>"))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("name=\"idempotencyKey\""))
                .body(containsString("type=\"datetime-local\""));
    }

    @Test
    void shouldShowTheReportFormInEnglish() {
        Staff.inEnglish(Staff.as("moh", "it-security")).when().get("/incidents/new")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Report an incident"))
                .body(containsString(">Lost or stolen device</option>"))
                .body(not(containsString("اختراق حساب")));
    }

    @Test
    void shouldKeepEverythingTypedWhenIncidentServiceCannotBeReached() {
        Response form = Staff.as("moh", "it-security").when().get("/incidents/new");
        Response answer = Staff.withCsrfOf(Staff.as("moh", "it-security"), form)
                .formParam("type", "IMPERSONATION")
                .formParam("detectedAt", "2026-11-30T09:15")
                .formParam("summary", "حساب ينتحل صفة الوزارة على إكس")
                .formParam("description", "ظهر حساب باسم مشابه <b>اليوم</b>")
                .formParam("personalDataExposed", "true")
                .formParam("tlp", "RED")
                .when().post("/incidents");
        assertThat(answer.statusCode()).isEqualTo(422);
        String page = answer.body().asString();
        assertThat(page).contains("الخدمة غير متاحة الآن")
                .contains("<option value=\"IMPERSONATION\" selected>")
                .contains("value=\"2026-11-30T09:15\"")
                .contains("value=\"حساب ينتحل صفة الوزارة على إكس\"")
                .contains("ظهر حساب باسم مشابه &lt;b&gt;اليوم&lt;/b&gt;</textarea>")
                .contains("id=\"personalDataExposed\" name=\"personalDataExposed\" value=\"true\" checked")
                .contains("<option value=\"RED\" selected>");
    }

    @Test
    void shouldShowAnUnreadableDetectionTimeBesideItsFieldAndKeepIt() {
        Response form = Staff.inEnglish(Staff.as("moh", "it-security")).when().get("/incidents/new");
        Response answer = Staff.withCsrfOf(Staff.inEnglish(Staff.as("moh", "it-security")), form)
                .formParam("type", "ACCOUNT_COMPROMISE")
                .formParam("detectedAt", "yesterday morning")
                .formParam("summary", "Page taken over")
                .when().post("/incidents");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body().asString())
                .contains("<p class=\"field-error\" id=\"detectedAt-error\">Write the date and time as")
                .contains("aria-invalid=\"true\"")
                .contains("value=\"yesterday morning\"")
                .contains("value=\"Page taken over\"")
                .doesNotContain("The service is not available");
    }

    @Test
    void shouldRefuseAReportThatDoesNotCarryItsCsrfToken() {
        int status = Staff.as("moh", "it-security").formParam("summary", "x").when().post("/incidents")
                .statusCode();
        assertThat(status).isBetween(400, 403);
    }

    @Test
    void shouldSayTheListIsUnavailableRatherThanFailWhenIncidentServiceIsDown() {
        Staff.as("moh", "it-security").when().get("/incidents")
                .then().statusCode(200)
                .body(containsString("حوادث الجهة"))
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("href=\"/incidents/new\""))
                .body(containsString("href=\"/incidents\">الحوادث</a>"));
    }

    @Test
    void shouldAnswer503ForAnIncidentWhenIncidentServiceIsDown() {
        Staff.as("moh", "it-security").when().get("/incidents/0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f")
                .then().statusCode(503);
    }

    @Test
    void shouldShowTheIncidentScreensOnlyToItOfficersAndTheHeadOfUnit() {
        Staff.as("moh", "entity-admin").when().get("/incidents/new").then().statusCode(200);
        for (String role : new String[] {"publisher", "approver", "moderator", "management", "cert-analyst"}) {
            Staff.as("moh", role).when().get("/incidents").then().statusCode(403);
            Staff.as("moh", role).when().get("/home").then()
                    .body(not(containsString("href=\"/incidents\"")));
        }
    }
}
