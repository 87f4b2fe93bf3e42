package io.rasmi.account.verification;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A sender that is not a trusted proxy cannot buy a fresh budget with an X-Forwarded-For of its own making. */
@QuarkusTest
@TestProfile(PublicRateLimitForgedAddressTest.UntrustedSender.class)
class PublicRateLimitForgedAddressTest {

    /** Three requests an hour, and the only trusted proxy is elsewhere: this machine, the test client's, is not one. */
    public static class UntrustedSender implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("account.public-lookup.rate-limit.capacity", "3",
                    "account.public-lookup.rate-limit.refill-period", "1h",
                    "quarkus.http.proxy.trusted-proxies", "192.0.2.1/32");
        }
    }

    @Test
    void shouldCountTheSendersOwnAddressWhateverXForwardedForItSends() {
        for (int i = 0; i < 3; i++) {
            PublicRateLimitTest.verifyFor("198.51.100." + (10 + i), "forged_" + i).then().statusCode(200);
        }

        // Each request named another address, yet all three came out of the sender's one budget.
        PublicRateLimitTest.verifyFor("198.51.100.99", "forged").then().statusCode(429);
        given().queryParams(Map.of("platform", "X", "handle", "forged")).get("/public/v1/verify")
                .then().statusCode(429);
    }
}
