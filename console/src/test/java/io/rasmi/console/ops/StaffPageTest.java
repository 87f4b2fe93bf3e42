package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StaffPageTest {

    @Test
    void shouldShowTheUnitToTheHeadOfUnitTheItOfficerAndManagementOnly() {
        for (String role : new String[] {"publisher", "approver", "moderator", "cert-analyst"}) {
            assertThat(Staff.as("moh", role).when().get("/staff").statusCode()).as(role).isEqualTo(403);
        }
        for (String role : new String[] {"entity-admin", "it-security", "management"}) {
            assertThat(Staff.as("moh", role).when().get("/staff").statusCode()).as(role).isEqualTo(200);
        }
    }

    @Test
    void shouldOfferTheAddFormOnlyToTheHeadOfUnit() {
        Staff.as("moh", "entity-admin").when().get("/staff")
                .then().statusCode(200)
                .body(containsString("id=\"member-form\""))
                .body(containsString("name=\"csrf-token\""));
        Staff.as("moh", "management").when().get("/staff")
                .then().statusCode(200)
                .body(not(containsString("id=\"member-form\"")));
    }

    @Test
    void shouldLinkTheUnitAndTheDevicesInTheNavigationByRole() {
        Staff.as("moh", "entity-admin").when().get("/staff")
                .then().body(containsString("<a href=\"/staff\">الوحدة والتدريب</a>"))
                .body(containsString("<a href=\"/devices\">الأجهزة الحكومية</a>"));
        Staff.as("moh", "management").when().get("/staff")
                .then().body(containsString("<a href=\"/staff\">"))
                .body(not(containsString("<a href=\"/devices\">")));
    }

    @Test
    void shouldRenderTheUnitInArabicAndInEnglish() {
        Staff.as("moh", "entity-admin").when().get("/staff")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("إضافة عضو إلى الوحدة"))
                .body(containsString("<option value=\"IT_OFFICER\">موظف تقنية المعلومات</option>"));
        Staff.inEnglish(Staff.as("moh", "entity-admin")).when().get("/staff")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Add a member to the unit"))
                .body(containsString("<option value=\"IT_OFFICER\">IT officer</option>"))
                .body(not(containsString("موظف تقنية المعلومات")));
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheServiceCannotBeReached() {
        Response form = Staff.as("moh", "entity-admin").when().get("/staff");
        Response answer = Staff.withCsrfOf(Staff.as("moh", "entity-admin"), form)
                .formParam("fullName", "زينب علي حسين")
                .formParam("officialEmail", "z.hussein@moh.gov.iq")
                .formParam("unitRole", "MODERATOR")
                .when().post("/staff");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body().asString())
                .contains("الخدمة غير متاحة الآن")
                .contains("value=\"زينب علي حسين\"")
                .contains("value=\"z.hussein@moh.gov.iq\"")
                .contains("<option value=\"MODERATOR\" selected>");
    }

    @Test
    void shouldLetRolesThatMayOnlyReadTheUnitChangeNothing() {
        // a CSRF token from a page that has a form for them (the unit's page shows them none)
        Response form = Staff.as("moh", "it-security").when().get("/devices");
        String member = UUID.randomUUID().toString();
        assertThat(Staff.withCsrfOf(Staff.as("moh", "it-security"), form)
                .formParam("fullName", "x").formParam("officialEmail", "x@moh.gov.iq").formParam("unitRole", "HEAD")
                .when().post("/staff").statusCode()).isEqualTo(403);
        assertThat(Staff.withCsrfOf(Staff.as("moh", "it-security"), form)
                .formParam("topic", "BIAS").formParam("completedAt", "2026-11-01")
                .when().post("/staff/" + member + "/trainings").statusCode()).isEqualTo(403);
        assertThat(Staff.withCsrfOf(Staff.as("moh", "management"), form)
                .formParam("version", "0")
                .when().post("/staff/" + member + "/deactivation").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAMemberFormThatDoesNotCarryItsCsrfToken() {
        int status = Staff.as("moh", "entity-admin").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("fullName", "x").when().post("/staff").statusCode();
        assertThat(status).isBetween(400, 403);
    }

    @Test
    void shouldShowAnUnavailablePageRatherThanAnErrorWhenAMemberCannotBeRead() {
        Staff.inEnglish(Staff.as("moh", "management")).when().get("/staff/" + UUID.randomUUID())
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"error-message\""))
                .body(containsString("The service is not available right now."));
    }
}
