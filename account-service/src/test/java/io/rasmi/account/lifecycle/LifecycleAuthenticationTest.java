package io.rasmi.account.lifecycle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

/** Every endpoint of the account lifecycle, passwords and reviews refuses a missing or forged token with 401. */
@QuarkusTest
class LifecycleAuthenticationTest {

    private static final String ACCOUNT = "/api/v1/accounts/8e0f3bd2-5d0e-4a4b-9b8c-0d3a2f1e6c55";

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("PATCH", ACCOUNT),
                Arguments.of("POST", ACCOUNT + "/decision"),
                Arguments.of("GET", ACCOUNT + "/decision"),
                Arguments.of("POST", ACCOUNT + "/activation"),
                Arguments.of("POST", ACCOUNT + "/suspension"),
                Arguments.of("POST", ACCOUNT + "/archive"),
                Arguments.of("POST", ACCOUNT + "/compromise"),
                Arguments.of("POST", ACCOUNT + "/recovery"),
                Arguments.of("POST", ACCOUNT + "/password-rotations"),
                Arguments.of("GET", ACCOUNT + "/password-rotations"),
                Arguments.of("GET", "/api/v1/password-policy"),
                Arguments.of("PUT", "/api/v1/password-policy"),
                Arguments.of("POST", ACCOUNT + "/reviews"),
                Arguments.of("GET", ACCOUNT + "/reviews"),
                Arguments.of("GET", ACCOUNT + "/reviews/8e0f3bd2-5d0e-4a4b-9b8c-0d3a2f1e6c56"),
                Arguments.of("GET", ACCOUNT + "/verification"),
                Arguments.of("PUT", ACCOUNT + "/verification"),
                Arguments.of("POST", ACCOUNT + "/attestations"),
                Arguments.of("GET", ACCOUNT + "/attestations"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseAMissingToken(String method, String path) {
        given().contentType(ContentType.JSON).body("{}")
                .request(method, path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseAnExpiredToken(String method, String path) {
        given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin", "it-security")
                .expired().token())
                .contentType(ContentType.JSON).body("{}")
                .request(method, path)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }
}
