package io.rasmi.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.platform.testapp.TestNote;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ProblemDetailsTest {

    private static final String NOTES = "/api/v1/test-notes";

    private static RequestSpecification asAdmin(String entity) {
        return given().auth().oauth2(TestTokens.user(entity + "-admin").entity(entity).roles("entity-admin").token());
    }

    private static long notes() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> TestNote.count());
    }

    @Test
    void shouldListEveryInvalidFieldAndStoreNothing() {
        long before = notes();
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"\"}")
                .post(NOTES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:validation"))
                .body("status", equalTo(400))
                .body("violations.field", hasItem("title"))
                .body("instance", equalTo(NOTES));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void shouldAnswerMalformedJsonWithProblem() {
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\": ")
                .post(NOTES)
                .then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:malformed-request"));
    }

    @Test
    void shouldNameUnknownField() {
        long before = notes();
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"ok\",\"entity\":\"mohe\"}")
                .post(NOTES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("entity"));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void shouldRefuseWrongMediaType() {
        asAdmin("moh").contentType(ContentType.TEXT).body("title=ok")
                .post(NOTES)
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBodyOverTheLimitWith413() {
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"" + "x".repeat(4000) + "\"}")
                .post(NOTES)
                .then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerNotFoundAsProblem() {
        asAdmin("moh").get(NOTES + "/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:not-found"));
    }

    @Test
    void shouldRefuseWrongRoleWith403() {
        given().auth().oauth2(TestTokens.user("moh-publisher").entity("moh").roles("publisher").token())
                .contentType(ContentType.JSON).body("{\"title\":\"ok\"}")
                .post(NOTES)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseMissingTokenWith401() {
        given().get(NOTES).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void shouldSpeakArabicFirstAndEnglishOnRequest() {
        String arabic = given().get(NOTES).then().statusCode(401).header("Content-Language", "ar")
                .extract().path("title");
        assertThat(arabic).matches(".*\\p{IsArabic}.*");
        given().header("Accept-Language", "en-GB,en;q=0.9").get(NOTES)
                .then().statusCode(401)
                .header("Content-Language", "en")
                .body("title", equalTo("Authentication is required"));
    }

    @Test
    void shouldNameTheClauseWhenTheGuidelineRefuses() {
        long before = notes();
        asAdmin("moh").contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"title\":\"refused\",\"failAfterWrite\":true}")
                .post(NOTES)
                .then().statusCode(422)
                .body("clause", equalTo("G6.c"))
                .body("detail", equalTo("A test rule of the guideline refused this."));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void shouldAnswerStaleIfMatchWith412AndMissingWith428() {
        String location = asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"first\"}")
                .post(NOTES).then().statusCode(201).extract().header("Location");
        String etag = asAdmin("moh").get(location).then().statusCode(200).extract().header("ETag");
        assertThat(etag).isEqualTo("\"0\"");

        asAdmin("moh").contentType(ContentType.JSON).header("If-Match", etag).body("{\"title\":\"second\"}")
                .patch(location).then().statusCode(200).header("ETag", "\"1\"");
        asAdmin("moh").contentType(ContentType.JSON).header("If-Match", etag).body("{\"title\":\"third\"}")
                .patch(location).then().statusCode(412)
                .contentType("application/problem+json");
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"third\"}")
                .patch(location).then().statusCode(428);
        asAdmin("moh").get(location).then().body("title", equalTo("second"));
    }

    @Test
    void shouldHideInternalErrorsBehindAReference() {
        asAdmin("moh").queryParam("secret", "hunter2").get(NOTES + "/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", not(containsString("hunter2")))
                .body("detail", not(containsString("IllegalStateException")))
                .body("trace", nullValue())
                .body("title", notNullValue());
    }

    @Test
    void shouldAnswerARaceForTheSameRecordWith409NotA500() {
        asAdmin("moh").post(NOTES + "/race")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:conflict"));
    }

    @Test
    void shouldRefuseOversizedPages() {
        asAdmin("moh").queryParam("size", 201).get(NOTES)
                .then().statusCode(400)
                .body("violations.field", hasItem("size"));
        asAdmin("moh").queryParam("size", 5).get(NOTES)
                .then().statusCode(200)
                .body("size", equalTo(5))
                .body("page", equalTo(0));
    }

    @Test
    void shouldRefuseAPageFarPastTheEndWith400NotA500() {
        asAdmin("moh").queryParam("page", 37025581).queryParam("size", 58).get(NOTES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("page"));
        asAdmin("moh").queryParam("page", 10737418).queryParam("size", 200).get(NOTES)
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldRefuseANonNumericPageWith400() {
        asAdmin("moh").header("Accept-Language", "en").queryParam("page", "abc").get(NOTES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:malformed-request"))
                .body("detail", containsString("page number"));
        asAdmin("moh").queryParam("page", "99999999999").get(NOTES)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseTheNulCharacterInTheQueryWith400() {
        asAdmin("moh").header("Accept-Language", "en").urlEncodingEnabled(false)
                .get(NOTES + "/by-title/x?other=a%00b")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void shouldRefuseTheNulCharacterInThePathWith400() {
        asAdmin("moh").header("Accept-Language", "ar").urlEncodingEnabled(false)
                .get(NOTES + "/by-title/a%00b")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("Content-Language", "ar")
                .body("detail", containsString("U+0000"));
    }

    @Test
    void shouldRefuseTheNulCharacterInAJsonBodyWith400AndStoreNothing() {
        long before = notes();
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"a\\u0000b\"}")
                .post(NOTES)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rasmi:problem:malformed-request"));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void shouldAcceptAnEscapedBackslashBeforeU0000AsText() {
        asAdmin("moh").contentType(ContentType.JSON).body("{\"title\":\"a\\\\u0000b\"}")
                .post(NOTES)
                .then().statusCode(201)
                .body("title", equalTo("a\\u0000b"));
    }

    @Test
    void shouldNameTheAllowedMethodsOfThePathInA405() {
        String allow = asAdmin("moh").delete(NOTES + "/" + UUID.randomUUID())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .extract().header("Allow");
        assertThat(methods(allow)).containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "PATCH");
    }

    @Test
    void shouldListOnlyThePathsOwnMethodsOnOptions() {
        assertThat(methods(given().options(NOTES).then().statusCode(204).extract().header("Allow")))
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "POST");
        assertThat(methods(given().options(NOTES + "/" + UUID.randomUUID()).then().statusCode(204)
                .extract().header("Allow")))
                .containsExactlyInAnyOrder("GET", "HEAD", "OPTIONS", "PATCH");
        assertThat(methods(given().options(NOTES + "/race").then().statusCode(204).extract().header("Allow")))
                .contains("POST");
        given().options("/api/v1/nothing-here").then().statusCode(404);
    }

    private static java.util.List<String> methods(String allow) {
        assertThat(allow).as("Allow").isNotNull();
        return java.util.Arrays.stream(allow.split(",")).map(String::trim).toList();
    }
}
