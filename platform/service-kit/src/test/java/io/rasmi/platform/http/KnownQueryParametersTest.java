package io.rasmi.platform.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.testkit.TestTokens;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class KnownQueryParametersTest {

    private static final String NOTES = "/api/v1/test-notes";

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.user("moh-admin").entity("moh").roles("entity-admin").token());
    }

    @Test
    void shouldAcceptTheQueryParametersAnOperationDeclares() {
        // page and size come from the PageRequest bean the list takes.
        asAdmin().get(NOTES + "?page=0&size=5").then().statusCode(200).body("size", equalTo(5));
        asAdmin().get(NOTES).then().statusCode(200);
    }

    @Test
    void shouldRefuseAQueryParameterTheOperationDoesNotDeclare() {
        asAdmin().get(NOTES + "?page=0&sise=5&sort=title").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("sise"))
                .body("violations.field", hasItem("sort"))
                .body("violations.field", not(hasItem("page")))
                .body("detail", containsString("page, size"));
        // An operation without query parameters takes none.
        asAdmin().get(NOTES + "/" + UUID.randomUUID() + "?expand=all").then().statusCode(400)
                .body("violations.field", hasItem("expand"));
    }

    @Test
    void shouldSayItInArabicToo() {
        asAdmin().header("Accept-Language", "ar").get(NOTES + "?pagesize=5").then().statusCode(400)
                .header("Content-Language", "ar")
                .body("detail", containsString("pagesize"));
    }
}
