package io.rasmi.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.platform.testapp.TestNote;
import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class IdempotentRequestsTest {

    private static RequestSpecification asAdmin(String entity, String key) {
        return given().auth().oauth2(TestTokens.user(entity + "-admin").entity(entity).roles("entity-admin").token())
                .header(IdempotentRequests.HEADER, key).contentType(ContentType.JSON);
    }

    private static long notesTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> TestNote.count("title", title));
    }

    @Test
    void shouldReplayTheFirstAnswerForTheSameKeyAndBody() {
        String key = UUID.randomUUID().toString();
        String first = asAdmin("moh", key).body("{\"title\":\"retried\"}").post("/api/v1/test-notes")
                .then().statusCode(201).extract().path("id");

        asAdmin("moh", key).body("{ \"title\" : \"retried\" }").post("/api/v1/test-notes")
                .then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/test-notes/" + first))
                .body("id", equalTo(first));

        assertThat(notesTitled("retried")).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        asAdmin("moh", key).body("{\"title\":\"original\"}").post("/api/v1/test-notes").then().statusCode(201);

        asAdmin("moh", key).body("{\"title\":\"different\"}").post("/api/v1/test-notes")
                .then().statusCode(422)
                .contentType("application/problem+json");

        assertThat(notesTitled("different")).isZero();
    }

    @Test
    void shouldKeepEachEntitysKeysApart() {
        String key = UUID.randomUUID().toString();
        String moh = asAdmin("moh", key).body("{\"title\":\"shared-key\"}").post("/api/v1/test-notes")
                .then().statusCode(201).extract().path("id");
        String mohe = asAdmin("mohe", key).body("{\"title\":\"shared-key\"}").post("/api/v1/test-notes")
                .then().statusCode(201).extract().path("id");
        assertThat(mohe).isNotEqualTo(moh);
    }

    @Test
    void shouldNotStoreAnAnswerWhenTheRequestFails() {
        String key = UUID.randomUUID().toString();
        asAdmin("moh", key).body("{\"title\":\"fails\",\"failAfterWrite\":true}").post("/api/v1/test-notes")
                .then().statusCode(422);
        asAdmin("moh", key).body("{\"title\":\"fails\"}").post("/api/v1/test-notes")
                .then().statusCode(201);
        assertThat(notesTitled("fails")).isEqualTo(1);
    }
}
