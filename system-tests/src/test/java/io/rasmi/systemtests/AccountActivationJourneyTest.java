package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * An official account from proposal to ACTIVE, as the Ministry of Health's unit would do it through the running
 * stack with real Keycloak tokens: decision (G5.1), an admin (G6.a), two-factor on a government phone (G6.b), a
 * password (G6.f), activation; then the public lookup and the other services see it ACTIVE.
 */
class AccountActivationJourneyTest {

    private static final String ACCOUNTS = Stack.ACCOUNT + "/api/v1/accounts";

    private static String created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldTakeAnAccountFromProposalToActiveAndShowItAsOfficial() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String handle = "moh_journey_" + tag;
        String id = created(as("moh-admin").contentType(ContentType.JSON).body(Map.of(
                "platform", "X", "handle", handle, "profileUrl", "https://x.com/" + handle,
                "displayNameAr", "وزارة الصحة العراقية", "displayNameEn", "Iraqi Ministry of Health",
                "registrationEmail", "social@moh.gov.iq", "websiteLinkUrl", "https://moh.gov.iq/social"))
                .post(ACCOUNTS));

        as("moh-admin").contentType(ContentType.JSON).body(Map.of("decisionNumber", "2026/" + tag,
                "decisionDate", "2026-11-01", "signatory", "Minister of Health"))
                .post(ACCOUNTS + "/" + id + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));

        // Not yet: no admin, no two-factor, no password; the answer names every clause still unmet.
        as("moh-admin").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(409).body("clauses", equalTo(List.of("G6.a", "G6.b", "G6.f")));

        String officer = created(as("moh-admin").contentType(ContentType.JSON).body(Map.of(
                "fullName", "Zainab Al-Hashimi", "officialEmail", "it." + tag + "@moh.gov.iq",
                "unitRole", "IT_OFFICER")).post(Stack.ACCOUNT + "/api/v1/staff"));
        as("moh-admin").contentType(ContentType.JSON).body(Map.of("staffId", officer, "role", "ADMIN"))
                .post(ACCOUNTS + "/" + id + "/role-holders").then().statusCode(201);
        String phone = created(as("moh-security").contentType(ContentType.JSON).body(Map.of(
                "kind", "PHONE", "assetTag", "MOH-PH-" + tag, "serialNumber", "SN-" + tag,
                "phoneNumber", "٠٧٧٠" + String.valueOf(1_000_000 + Math.abs(tag.hashCode() % 8_999_999))
                        .chars().mapToObj(c -> String.valueOf((char) ('٠' + (c - '0')))).reduce("", String::concat),
                "custodianStaffId", officer, "fingerprint", "fp-" + tag)).post(Stack.ACCOUNT + "/api/v1/devices"));
        as("moh-security").contentType(ContentType.JSON).body(Map.of("method", "SMS", "deviceId", phone))
                .put(ACCOUNTS + "/" + id + "/two-factor").then().statusCode(200);
        as("moh-security").contentType(ContentType.JSON)
                .body(Map.of("newPassword", "Qz#" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "!7"))
                .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(201);

        as("moh-admin").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));

        // The public lookup answers from memory, which follows the account events.
        Awaitility.await("public lookup").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().queryParam("url", "https://twitter.com/" + handle.toUpperCase()
                                + "/?ref=share")
                        .get(Stack.ACCOUNT + "/public/v1/verify")
                        .then().statusCode(200)
                        .body("official", equalTo(true))
                        .body("status", equalTo("ACTIVE"))
                        .body("entity.code", equalTo("moh")));

        for (String service : List.of(Stack.CONTENT, Stack.KPI, Stack.INCIDENT)) {
            Awaitility.await(service).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> as("moh-publisher").get(service + "/api/v1/accounts/" + id)
                            .then().statusCode(200).body("status", equalTo("ACTIVE")));
        }

        as("moh-security").get(ACCOUNTS + "/" + id + "/posture")
                .then().statusCode(200)
                .body("controls.find { it.clause == 'G6.b' }.status", equalTo("PASS"))
                .body("controls.find { it.clause == 'G6.f' }.status", equalTo("PASS"));
        as("mohe-security").get(ACCOUNTS + "/" + id + "/posture").then().statusCode(404);
    }

    @Test
    void shouldAnswerThePublicLookupWithoutAToken() {
        given().queryParam("platform", "FACEBOOK").queryParam("handle", "@mohiraq")
                .get(Stack.ACCOUNT + "/public/v1/verify")
                .then().statusCode(200)
                .body("official", equalTo(false));
        given().get(Stack.ACCOUNT + "/public/v1/entities/moh/accounts").then().statusCode(200);
    }
}
