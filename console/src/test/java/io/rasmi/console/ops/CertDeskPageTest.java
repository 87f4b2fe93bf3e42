package io.rasmi.console.ops;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CertDeskPageTest {

    private static final String SOME_INCIDENT = "0f8d2c3a-6b1e-4c59-9e7a-1d2b3c4d5e6f";

    @Test
    void shouldShowTheAnalystEveryEntitysIncidentsPageWithItsFiltersWhenTheServiceIsDown() {
        Staff.as("cert", "cert-analyst").when().get("/cert/incidents?entity=moh&state=TRIAGED")
                .then().statusCode(200)
                .body(containsString("حوادث كل الجهات"))
                .body(containsString("value=\"moh\""))
                .body(containsString("<option value=\"TRIAGED\" selected>قيد الفرز</option>"))
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("href=\"/cert/incidents\">مكتب فريق الاستجابة الوطني</a>"));
    }

    @Test
    void shouldShowTheNationalPostureAsUnavailableInEnglishWhenAccountServiceIsDown() {
        Staff.inEnglish(Staff.as("cert", "cert-analyst")).when().get("/cert/posture")
                .then().statusCode(200)
                .body(containsString("National security posture"))
                .body(containsString("The service is not available right now"))
                .body(not(containsString("No entities yet.")));
    }

    @Test
    void shouldAnswer503ForTheStixDownloadWhenIncidentServiceIsDown() {
        Staff.as("cert", "cert-analyst").when().get("/cert/incidents/" + SOME_INCIDENT + "/stix")
                .then().statusCode(503)
                .header("Content-Disposition", (String) null);
    }

    @Test
    void shouldKeepTheDeskForCertAnalystsOnly() {
        for (String role : new String[] {"it-security", "entity-admin", "management", "platform-admin"}) {
            Staff.as("moh", role).when().get("/cert/incidents").then().statusCode(403);
            Staff.as("moh", role).when().get("/cert/incidents/" + SOME_INCIDENT + "/stix").then().statusCode(403);
            Staff.as("moh", role).when().get("/cert/posture").then().statusCode(403);
        }
    }
}
