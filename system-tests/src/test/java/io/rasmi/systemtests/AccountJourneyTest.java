package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The foundation's journey: an entity admin proposes an account in account-service, and within seconds the other
 * three services know it through Kafka, for the same entity only.
 */
class AccountJourneyTest {

    private static final List<String> READ_MODELS = List.of(Stack.CONTENT, Stack.KPI, Stack.INCIDENT);

    @Test
    void shouldPropagateRegisteredAccountToEveryServiceOfTheSameEntityOnly() {
        String handle = "moh_journey_" + UUID.randomUUID().toString().substring(0, 8);
        String id = as("moh-admin")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "platform", "INSTAGRAM",
                        "handle", handle,
                        "profileUrl", "https://www.instagram.com/" + handle,
                        "displayNameAr", "وزارة الصحة العراقية",
                        "displayNameEn", "Iraqi Ministry of Health",
                        "registrationEmail", "social@moh.gov.iq"))
                .post(Stack.ACCOUNT + "/api/v1/accounts")
                .then().statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("entity", equalTo("moh"))
                .extract().path("id");

        for (String service : READ_MODELS) {
            Awaitility.await(service).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> as("moh-publisher").get(service + "/api/v1/accounts/" + id)
                            .then().statusCode(200)
                            .body("handle", equalTo(handle))
                            .body("status", equalTo("PROPOSED")));
        }

        for (String service : List.of(Stack.ACCOUNT, Stack.CONTENT, Stack.KPI, Stack.INCIDENT)) {
            as("mohe-admin").get(service + "/api/v1/accounts/" + id)
                    .then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldRefuseCallsWithoutToken() {
        for (String service : List.of(Stack.ACCOUNT, Stack.CONTENT, Stack.KPI, Stack.INCIDENT)) {
            given().get(service + "/api/v1/accounts/" + UUID.randomUUID())
                    .then().statusCode(401);
        }
    }

    @Test
    void shouldShowDemoDataLoadedThroughTheApi() {
        List<String> handles = as("moh-admin").get(Stack.ACCOUNT + "/api/v1/accounts?size=200")
                .then().statusCode(200)
                .extract().path("items.handle");
        assertThat(handles).contains("MOHIraq");
        as("moh-admin").get(Stack.ACCOUNT + "/api/v1/entities/moh")
                .then().statusCode(200)
                .body("emailDomains", equalTo(List.of("moh.gov.iq")));
    }
}
