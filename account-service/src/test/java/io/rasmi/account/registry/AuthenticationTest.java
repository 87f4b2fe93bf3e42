package io.rasmi.account.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

/** Every protected endpoint refuses a missing token and each kind of forged one with a 401 problem. */
@QuarkusTest
class AuthenticationTest {

    static Stream<Arguments> forgedTokens() {
        return Stream.of(
                Arguments.of("expired", TestTokens.user("moh-admin").entity("moh").roles("entity-admin").expired().token()),
                Arguments.of("wrong issuer", TestTokens.user("moh-admin").entity("moh").roles("entity-admin").wrongIssuer().token()),
                Arguments.of("wrong audience", TestTokens.user("moh-admin").entity("moh").roles("entity-admin").wrongAudience().token()),
                Arguments.of("unknown key", TestTokens.user("moh-admin").entity("moh").roles("entity-admin").signedWithUnknownKey().token()),
                Arguments.of("alg none", TestTokens.user("moh-admin").entity("moh").roles("entity-admin").algNone().token()),
                Arguments.of("not a JWT", "not-a-token"));
    }

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/accounts"),
                Arguments.of("GET", "/api/v1/accounts/8e0f3bd2-5d0e-4a4b-9b8c-0d3a2f1e6c55"),
                Arguments.of("POST", "/api/v1/accounts"),
                Arguments.of("GET", "/api/v1/entities/moh"),
                Arguments.of("POST", "/api/v1/entities"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseAMissingToken(String method, String path) {
        given().contentType(ContentType.JSON).body(Fixtures.account("nobody", "social@moh.gov.iq"))
                .request(method, path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgedTokens")
    void shouldRefuseAForgedToken(String kind, String token) {
        given().auth().oauth2(token).get("/api/v1/accounts")
                .then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.account(Fixtures.uniqueHandle(), "social@moh.gov.iq"))
                .post("/api/v1/accounts")
                .then().statusCode(401);
    }
}
