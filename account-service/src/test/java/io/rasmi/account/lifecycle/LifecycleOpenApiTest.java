package io.rasmi.account.lifecycle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The lifecycle, password and review endpoints are in the OpenAPI document with their roles and answers. */
@QuarkusTest
class LifecycleOpenApiTest {

    private static final String ACCOUNT = "/api/v1/accounts/{id}";

    static Stream<Arguments> operations() {
        return Stream.of(
                Arguments.of("patch", ACCOUNT, "412"),
                Arguments.of("post", ACCOUNT + "/decision", "409"),
                Arguments.of("get", ACCOUNT + "/decision", "404"),
                Arguments.of("post", ACCOUNT + "/activation", "409"),
                Arguments.of("post", ACCOUNT + "/suspension", "409"),
                Arguments.of("post", ACCOUNT + "/archive", "409"),
                Arguments.of("post", ACCOUNT + "/compromise", "409"),
                Arguments.of("post", ACCOUNT + "/recovery", "409"),
                Arguments.of("post", ACCOUNT + "/password-rotations", "422"),
                Arguments.of("get", ACCOUNT + "/password-rotations", "200"),
                Arguments.of("get", "/api/v1/password-policy", "200"),
                Arguments.of("put", "/api/v1/password-policy", "422"),
                Arguments.of("post", ACCOUNT + "/reviews", "201"),
                Arguments.of("get", ACCOUNT + "/reviews", "200"),
                Arguments.of("get", ACCOUNT + "/reviews/{reviewId}", "404"),
                Arguments.of("get", ACCOUNT + "/verification", "200"),
                Arguments.of("put", ACCOUNT + "/verification", "412"),
                Arguments.of("post", ACCOUNT + "/attestations", "422"),
                Arguments.of("get", ACCOUNT + "/attestations", "200"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("operations")
    void shouldDocumentTheOperationWithItsRolesAndAnswers(String method, String path, String answer) {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> operation = document.getMap("paths.'" + path + "'." + method);
        assertThat(operation).as(method + " " + path).isNotNull();
        assertThat((String) operation.get("summary")).isNotBlank();
        assertThat((String) operation.get("description")).contains("Roles:");
        assertThat(document.getMap("paths.'" + path + "'." + method + ".responses")).containsKey(answer);
    }
}
