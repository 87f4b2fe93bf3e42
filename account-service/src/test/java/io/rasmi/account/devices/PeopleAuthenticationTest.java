package io.rasmi.account.devices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;

/** The unit, role-holder, device, two-factor and access-log endpoints refuse a missing or forged token with 401. */
@QuarkusTest
class PeopleAuthenticationTest {

    private static final String ID = "8e0f3bd2-5d0e-4a4b-9b8c-0d3a2f1e6c55";
    private static final String ACCOUNT = "/api/v1/accounts/" + ID;

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/staff", "{}"),
                Arguments.of("GET", "/api/v1/staff", null),
                Arguments.of("GET", "/api/v1/staff/" + ID, null),
                Arguments.of("PATCH", "/api/v1/staff/" + ID, "{}"),
                Arguments.of("POST", "/api/v1/staff/" + ID + "/trainings", "{}"),
                Arguments.of("GET", "/api/v1/staff/" + ID + "/trainings", null),
                Arguments.of("POST", ACCOUNT + "/role-holders", "{}"),
                Arguments.of("GET", ACCOUNT + "/role-holders", null),
                Arguments.of("DELETE", ACCOUNT + "/role-holders/" + ID, null),
                Arguments.of("POST", "/api/v1/devices", "{}"),
                Arguments.of("GET", "/api/v1/devices", null),
                Arguments.of("GET", "/api/v1/devices/" + ID, null),
                Arguments.of("DELETE", "/api/v1/devices/" + ID, null),
                Arguments.of("PUT", ACCOUNT + "/two-factor", "{}"),
                Arguments.of("GET", ACCOUNT + "/two-factor", null),
                Arguments.of("POST", ACCOUNT + "/access-log", "[]"),
                Arguments.of("GET", ACCOUNT + "/access-log", null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseAMissingToken(String method, String path, String body) {
        var request = given();
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method, path)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void shouldRefuseAnExpiredToken(String method, String path, String body) {
        var request = given().auth()
                .oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").expired().token());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method, path).then().statusCode(401).contentType("application/problem+json");
    }
}
