package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The Ministry of Health unit's steps to an official account, through the running stack with real tokens: each
 * step a journey can call on its own (the activation journey checks what happens between them).
 */
final class OfficialAccounts {

    static final String ACCOUNTS = Stack.ACCOUNT + "/api/v1/accounts";

    private OfficialAccounts() {
    }

    static String created(Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    /** A short random tag that keeps handles, e-mail addresses and asset tags of one run apart from another's. */
    static String newTag() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** Proposes an X account {@code moh_journey_<tag>} for moh; its id. */
    static String proposed(String tag) {
        String handle = handle(tag);
        return created(as("moh-admin").contentType(ContentType.JSON).body(Map.of(
                "platform", "X", "handle", handle, "profileUrl", "https://x.com/" + handle,
                "displayNameAr", "وزارة الصحة العراقية", "displayNameEn", "Iraqi Ministry of Health",
                "registrationEmail", "social@moh.gov.iq", "websiteLinkUrl", "https://moh.gov.iq/social"))
                .post(ACCOUNTS));
    }

    static String handle(String tag) {
        return "moh_journey_" + tag;
    }

    /** The decision that approves the account (G5.1). */
    static void decided(String id, String tag) {
        as("moh-admin").contentType(ContentType.JSON).body(Map.of("decisionNumber", "2026/" + tag,
                "decisionDate", "2026-11-01", "signatory", "Minister of Health"))
                .post(ACCOUNTS + "/" + id + "/decision").then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    /** A new IT officer of moh, {@code it.<tag>@moh.gov.iq}; their staff id. */
    static String itOfficer(String tag) {
        return created(as("moh-admin").contentType(ContentType.JSON).body(Map.of(
                "fullName", "Zainab Al-Hashimi", "officialEmail", officerEmail(tag),
                "unitRole", "IT_OFFICER")).post(Stack.ACCOUNT + "/api/v1/staff"));
    }

    static String officerEmail(String tag) {
        return "it." + tag + "@moh.gov.iq";
    }

    /** The officer holds ADMIN on the account (G6.a). */
    static void adminHeldBy(String id, String officer) {
        as("moh-admin").contentType(ContentType.JSON).body(Map.of("staffId", officer, "role", "ADMIN"))
                .post(ACCOUNTS + "/" + id + "/role-holders").then().statusCode(201);
    }

    /** Two-factor by SMS on a government phone the officer keeps (G6.b), its number in Arabic-Indic digits. */
    static void twoFactorOnAGovernmentPhone(String id, String officer, String tag) {
        String phone = created(as("moh-security").contentType(ContentType.JSON).body(Map.of(
                "kind", "PHONE", "assetTag", "MOH-PH-" + tag, "serialNumber", "SN-" + tag,
                "phoneNumber", "٠٧٧٠" + String.valueOf(1_000_000 + Math.abs(tag.hashCode() % 8_999_999))
                        .chars().mapToObj(c -> String.valueOf((char) ('٠' + (c - '0')))).reduce("", String::concat),
                "custodianStaffId", officer, "fingerprint", "fp-" + tag)).post(Stack.ACCOUNT + "/api/v1/devices"));
        as("moh-security").contentType(ContentType.JSON).body(Map.of("method", "SMS", "deviceId", phone))
                .put(ACCOUNTS + "/" + id + "/two-factor").then().statusCode(200);
    }

    /** A strong new password (G6.f), checked and dropped by account-service. */
    static void passwordRotated(String id) {
        as("moh-security").contentType(ContentType.JSON)
                .body(Map.of("newPassword", "Qz#" + UUID.randomUUID().toString().replace("-", "").substring(0, 16) + "!7"))
                .post(ACCOUNTS + "/" + id + "/password-rotations").then().statusCode(201);
    }

    static void activated(String id) {
        as("moh-admin").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    /** Every step at once: an ACTIVE account of moh whose admin is the new IT officer {@code it.<tag>@moh.gov.iq}. */
    static String active(String tag) {
        String id = proposed(tag);
        decided(id, tag);
        String officer = itOfficer(tag);
        adminHeldBy(id, officer);
        twoFactorOnAGovernmentPhone(id, officer, tag);
        passwordRotated(id);
        activated(id);
        return id;
    }

    /** Waits until incident-service has learnt the ACTIVE account from account-service's events. */
    static void knownToIncidentService(String id) {
        Awaitility.await("incident-service knows the account").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> as("moh-security").get(Stack.INCIDENT + "/api/v1/accounts/" + id)
                        .then().statusCode(200).body("status", equalTo("ACTIVE")));
    }
}
