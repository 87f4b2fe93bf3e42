package io.rasmi.account.edge;

import static io.rasmi.account.Callers.entityAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Input that used to reach the database and answer 500: each path from issue 6, answered 400 at the edge. */
@QuarkusTest
class EdgeInputTest {

    @Test
    void shouldRefuseAnAccountPageFarPastTheEndWith400() {
        entityAdmin("moh").queryParam("page", 37025581).queryParam("size", 58).get("/api/v1/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
    }

    @Test
    void shouldRefuseANonNumericAccountPageWith400() {
        entityAdmin("moh").queryParam("page", "two").get("/api/v1/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:malformed-request"));
    }

    @Test
    void shouldRefuseTheNulCharacterInThePublicVerifyUrlWith400() {
        given().header("Accept-Language", "en").urlEncodingEnabled(false).get("/public/v1/verify?url=https://x.com/a%00b")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void shouldRefuseTheNulCharacterInThePublicEntityCodeWith400() {
        given().header("Accept-Language", "en").urlEncodingEnabled(false).get("/public/v1/entities/a%00b/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void shouldRefuseTheNulCharacterInARegistrationBodyWith400() {
        entityAdmin("moh").header("Accept-Language", "en")
                .body("{\"platform\":\"X\",\"handle\":\"mohiq\",\"displayNameAr\":\"وزارة\\u0000الصحة\","
                        + "\"registrationEmail\":\"social@moh.gov.iq\"}")
                .post("/api/v1/accounts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("U+0000"));
    }
}
