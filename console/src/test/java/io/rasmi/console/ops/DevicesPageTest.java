package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DevicesPageTest {

    @Test
    void shouldShowTheDeviceRegisterToTheHeadOfUnitAndTheItOfficerOnly() {
        for (String role : new String[] {"publisher", "approver", "moderator", "management", "cert-analyst"}) {
            assertThat(Staff.as("moh", role).when().get("/devices").statusCode()).as(role).isEqualTo(403);
            assertThat(Staff.as("moh", role).when().get("/devices/two-factor/" + UUID.randomUUID()).statusCode())
                    .as(role).isEqualTo(403);
        }
        for (String role : new String[] {"entity-admin", "it-security"}) {
            assertThat(Staff.as("moh", role).when().get("/devices").statusCode()).as(role).isEqualTo(200);
        }
    }

    @Test
    void shouldRenderTheRegisterFormInArabicAndInEnglish() {
        Staff.as("moh", "it-security").when().get("/devices")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("تسجيل جهاز"))
                .body(containsString("<option value=\"PHONE\" selected>هاتف</option>"))
                .body(containsString("name=\"csrf-token\""))
                .body(containsString("type=\"tel\""));
        Staff.inEnglish(Staff.as("moh", "it-security")).when().get("/devices")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Register a device"))
                .body(containsString("<option value=\"TABLET\">Tablet</option>"))
                .body(not(containsString("جهاز لوحي")));
    }

    @Test
    void shouldKeepWhatWasTypedWhenTheServiceCannotBeReached() {
        Response form = Staff.as("moh", "entity-admin").when().get("/devices");
        Response answer = Staff.withCsrfOf(Staff.as("moh", "entity-admin"), form)
                .formParam("kind", "COMPUTER")
                .formParam("assetTag", "MOH-IT-2026-0142")
                .formParam("serialNumber", "R58T90ABCDE")
                .formParam("phoneNumber", "٠٧٧٠١٢٣٤٥٦٧")
                .formParam("fingerprint", "fb-device-7Q2KX9")
                .when().post("/devices");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body().asString())
                .contains("الخدمة غير متاحة الآن")
                .contains("<option value=\"COMPUTER\" selected>")
                .contains("value=\"MOH-IT-2026-0142\"")
                .contains("value=\"R58T90ABCDE\"")
                .contains("value=\"٠٧٧٠١٢٣٤٥٦٧\"")
                .contains("value=\"fb-device-7Q2KX9\"");
    }

    @Test
    void shouldSayARetirementCouldNotBeMadeWhenTheServiceIsDown() {
        Response form = Staff.inEnglish(Staff.as("moh", "it-security")).when().get("/devices");
        Response answer = Staff.withCsrfOf(Staff.inEnglish(Staff.as("moh", "it-security")), form)
                .when().post("/devices/" + UUID.randomUUID() + "/retirement");
        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body().asString()).contains("id=\"form-errors\"")
                .contains("The service is not available right now.");
    }

    @Test
    void shouldRefuseARetirementThatDoesNotCarryItsCsrfToken() {
        int status = Staff.as("moh", "it-security").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("x", "y").when().post("/devices/" + UUID.randomUUID() + "/retirement").statusCode();
        assertThat(status).isBetween(400, 403);
    }

    @Test
    void shouldShowAnUnavailablePageForTheTwoFactorFormWhenTheServiceIsDown() {
        Staff.as("moh", "entity-admin").when().get("/devices/two-factor/" + UUID.randomUUID())
                .then().statusCode(503)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("id=\"error-message\""));
    }
}
