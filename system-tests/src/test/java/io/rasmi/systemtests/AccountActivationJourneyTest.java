package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;


/**
 * An official account from proposal to ACTIVE, as the Ministry of Health's unit would do it through the running
 * stack with real Keycloak tokens: decision (G5.1), an admin (G6.a), two-factor on a government phone (G6.b), a
 * password (G6.f), activation; then the public lookup and the other services see it ACTIVE.
 */
class AccountActivationJourneyTest {

    private static final String ACCOUNTS = OfficialAccounts.ACCOUNTS;

    @Test
    void shouldTakeAnAccountFromProposalToActiveAndShowItAsOfficial() {
        String tag = OfficialAccounts.newTag();
        String handle = OfficialAccounts.handle(tag);
        String id = OfficialAccounts.proposed(tag);
        OfficialAccounts.decided(id, tag);

        // Not yet: no admin, no two-factor, no password; the answer names every clause still unmet.
        as("moh-admin").post(ACCOUNTS + "/" + id + "/activation")
                .then().statusCode(409).body("clauses", equalTo(List.of("G6.a", "G6.b", "G6.f")));

        String officer = OfficialAccounts.itOfficer(tag);
        OfficialAccounts.adminHeldBy(id, officer);
        OfficialAccounts.twoFactorOnAGovernmentPhone(id, officer, tag);
        OfficialAccounts.passwordRotated(id);
        OfficialAccounts.activated(id);

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
