package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KpiDashboardPageTest {

    @Test
    void shouldShowEachPanelsOwnNoteRatherThanABrokenPageWhenKpiServiceIsDown() {
        Response page = Staff.as("moh", "management").when()
                .get("/kpi?metric=NEW_FOLLOWERS&from=2026-10-01&to=2026-10-31&granularity=month");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().asString())
                .contains("لوحة مؤشرات الأداء")
                .contains("<option value=\"NEW_FOLLOWERS\" selected>المتابعون الجدد</option>")
                .contains("<option value=\"month\" selected>")
                .contains("value=\"2026-10-01\"")
                .contains("الخدمة غير متاحة الآن")
                .contains("اختر حساباً لعرض هذا المخطط.")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void shouldShowAnUnreadableDayBesideItsFieldWithoutAskingTheService() {
        Response page = Staff.inEnglish(Staff.as("moh", "management")).when().queryParam("from", "last week").get("/kpi");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body().asString())
                .contains("<p class=\"field-error\" id=\"from-error\">Write the day as 2026-11-30.</p>")
                .contains("value=\"last week\"")
                .doesNotContain("The service is not available");
    }

    @Test
    void shouldOfferTheLastClosedWeekAndMonthAsPdfAndCsv() {
        Staff.inEnglish(Staff.as("moh", "management")).when().get("/kpi/reports")
                .then().statusCode(200)
                .body(containsString("Performance reports"))
                .body(containsString("id=\"week-pdf\" href=\"/kpi/reports?period="))
                .body(containsString("&amp;format=csv"));
    }

    @Test
    void shouldKeepTheTypedPeriodWhenTheReportCannotBeFetched() {
        Response page = Staff.as("moh", "management").when().get("/kpi/reports?period=2026-W47&format=csv");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Disposition")).isNull();
        assertThat(page.body().asString()).contains("value=\"2026-W47\"")
                .contains("id=\"format-csv\" name=\"format\" value=\"csv\" checked")
                .contains("الخدمة غير متاحة الآن");
    }

    @Test
    void shouldShowTheDashboardToManagementAndTheHeadOfUnitOnly() {
        Staff.as("moh", "entity-admin").when().get("/kpi").then().statusCode(200);
        Staff.as("moh", "management").when().get("/home").then()
                .body(containsString("href=\"/kpi\""));
        for (String role : new String[] {"publisher", "moderator", "it-security", "cert-analyst"}) {
            Staff.as("moh", role).when().get("/kpi").then().statusCode(403);
            Staff.as("moh", role).when().get("/kpi/reports?period=2026-11&format=pdf").then().statusCode(403);
        }
    }
}
