package io.rasmi.account.devices;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Each endpoint of the unit, role holders, devices, two-factor and access log is in the OpenAPI document. */
@QuarkusTest
class PeopleOpenApiTest {

    /** The document is large and the same for every row: read it once. */
    private static JsonPath document;

    private static JsonPath document() {
        if (document == null) {
            document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        }
        return document;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "post, /api/v1/staff",
            "get, /api/v1/staff",
            "get, /api/v1/staff/{id}",
            "patch, /api/v1/staff/{id}",
            "post, /api/v1/staff/{id}/trainings",
            "get, /api/v1/staff/{id}/trainings",
            "post, /api/v1/accounts/{accountId}/role-holders",
            "get, /api/v1/accounts/{accountId}/role-holders",
            "delete, /api/v1/accounts/{accountId}/role-holders/{holderId}",
            "post, /api/v1/devices",
            "get, /api/v1/devices",
            "get, /api/v1/devices/{id}",
            "delete, /api/v1/devices/{id}",
            "put, /api/v1/accounts/{accountId}/two-factor",
            "get, /api/v1/accounts/{accountId}/two-factor",
            "post, /api/v1/accounts/{accountId}/access-log",
            "get, /api/v1/accounts/{accountId}/access-log",
    })
    void shouldDescribeTheEndpointWithItsRoles(String method, String path) {
        JsonPath openApi = document();
        assertThat(openApi.getMap("paths")).containsKey(path);
        String operation = "paths.'" + path + "'." + method;
        assertThat(openApi.getString(operation + ".summary")).isNotBlank();
        assertThat(openApi.getString(operation + ".description")).contains("Roles:");
        assertThat(openApi.getMap(operation + ".responses")).isNotEmpty();
    }
}
