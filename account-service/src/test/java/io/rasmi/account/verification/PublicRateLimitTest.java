package io.rasmi.account.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(PublicRateLimitTest.ThreeAnHour.class)
class PublicRateLimitTest {

    /**
     * A small budget, so that a few requests exhaust it; this machine, where the test client connects from, is a
     * trusted proxy, as the console is in `rasmi up`.
     */
    public static class ThreeAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("account.public-lookup.rate-limit.capacity", "3",
                    "account.public-lookup.rate-limit.refill-period", "1h",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1/32,::1/128");
        }
    }

    static Response verifyFor(String forwardedFor, String handle) {
        return given().header("X-Forwarded-For", forwardedFor)
                .queryParams(Map.of("platform", "X", "handle", handle)).get("/public/v1/verify");
    }

    @Test
    void shouldGiveEachVisitorThatATrustedProxyForwardsABudgetOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            verifyFor("203.0.113.10", "first_visitor_" + i).then().statusCode(200);
        }
        verifyFor("203.0.113.10", "first_visitor").then().statusCode(429);
        // The first address of a chain is the visitor's.
        verifyFor("203.0.113.10, 198.51.100.1", "first_visitor").then().statusCode(429);

        // Another visitor through the same proxy still has its whole budget.
        for (int i = 0; i < 3; i++) {
            verifyFor("203.0.113.11", "second_visitor_" + i).then().statusCode(200);
        }
        verifyFor("203.0.113.11", "second_visitor").then().statusCode(429);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceAClientsBudgetIsSpent() {
        for (int i = 0; i < 3; i++) {
            given().queryParams(Map.of("platform", "X", "handle", "nobody_" + i)).get("/public/v1/verify")
                    .then().statusCode(200);
        }

        Response refused = given().header("Accept-Language", "en")
                .queryParams(Map.of("platform", "X", "handle", "nobody")).get("/public/v1/verify");

        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", equalTo(429))
                .body("type", equalTo("urn:rasmi:problem:too-many-requests"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        // One request comes back every 20 minutes (3 an hour).
        assertThat(retryAfter).isBetween(1L, 1200L);
        given().get("/public/v1/entities/moh/accounts").then().statusCode(429);
        // Only the public lookup is limited.
        given().get("/q/health/live").then().statusCode(200);
        given().get("/api/v1/look-alikes?handle=x").then().statusCode(401);
    }
}
