package io.rasmi.account.entities;

import static io.rasmi.account.Callers.as;
import static io.rasmi.account.Callers.entityAdmin;
import static io.rasmi.account.Callers.platformAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.account.Fixtures;
import io.rasmi.account.lifecycle.AccountStates;

/** The names and handle patterns an entity-admin keeps, and the G6.d check that uses them. */
@QuarkusTest
class EntityNamesTest {

    @BeforeEach
    void demoEntities() {
        Fixtures.registerDemoEntities();
    }

    private static String names(String entity) {
        return "/api/v1/entities/" + entity + "/names";
    }

    private static String account(String entity, String handle, String nameAr, String nameEn) {
        return entityAdmin(entity).body(Map.of("platform", "INSTAGRAM", "handle", handle,
                "profileUrl", "https://www.instagram.com/" + handle, "displayNameAr", nameAr, "displayNameEn", nameEn,
                "registrationEmail", "social@" + entity + ".gov.iq")).post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
    }

    private static String g6d(String entity, String accountId) {
        return entityAdmin(entity).get("/api/v1/accounts/" + accountId + "/posture").then().statusCode(200)
                .extract().path("controls.find { it.clause == 'G6.d' }.status");
    }

    @Test
    void shouldFailG6dForAHandleThatMerelyContainsTheEntityCode() {
        String entity = AccountStates.freshEntity();
        String fans = account(entity, entity + "med_fans", "صفحة المعجبين", "Fans page");

        assertThat(g6d(entity, fans)).isEqualTo("FAIL");
    }

    @Test
    void shouldPassG6dOnceTheHandleFitsAPatternOrTheNameIsRegistered() {
        String entity = AccountStates.freshEntity();
        String news = account(entity, entity + "_news", "الأخبار اليومية", "Daily updates");
        String named = account(entity, "daily_" + entity.substring(1), "الأخبار اليومية", "TA Iraq updates");
        assertThat(g6d(entity, news)).isEqualTo("FAIL");
        assertThat(g6d(entity, named)).isEqualTo("FAIL");

        entityAdmin(entity).body(Map.of("names", List.of("TA Iraq", " TA  iraq "),
                "handlePatterns", List.of(entity.toUpperCase() + "_*")))
                .put(names(entity))
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("names", equalTo(List.of("TA Iraq")))
                .body("handlePatterns", equalTo(List.of(entity.toUpperCase() + "_*")))
                .body("nameAr", equalTo("هيئة الاختبار"));

        assertThat(g6d(entity, news)).isEqualTo("PASS");
        assertThat(g6d(entity, named)).isEqualTo("PASS");
        entityAdmin(entity).get(names(entity)).then().statusCode(200).body("names", hasItem("TA Iraq"));
    }

    @Test
    void shouldLetOnlyTheEntitysOwnAdminChangeItsNames() {
        String entity = AccountStates.freshEntity();
        Map<String, Object> body = Map.of("names", List.of("Fake"), "handlePatterns", List.of("fake_*"));

        entityAdmin("moh").body(body).put(names(entity)).then().statusCode(404)
                .contentType("application/problem+json");
        entityAdmin("moh").get(names(entity)).then().statusCode(404);
        as(entity, "publisher").body(body).put(names(entity)).then().statusCode(403);
        as(entity, "management").body(body).put(names(entity)).then().statusCode(403);
        given().contentType("application/json").body(body).put(names(entity)).then().statusCode(401);

        entityAdmin(entity).get(names(entity)).then().statusCode(200).body("names", equalTo(List.of()));
        platformAdmin().get(names(entity)).then().statusCode(200).body("entityCode", equalTo(entity));
    }

    @Test
    void shouldRefusePatternsThatAreNotSimpleGlobsAndChangeNothing() {
        String entity = AccountStates.freshEntity();
        entityAdmin(entity).body(Map.of("names", List.of("TA"), "handlePatterns", List.of("tai_*")))
                .put(names(entity)).then().statusCode(200);

        for (String pattern : List.of("*", "(ta|x)+", "ta_*", "tai_[0-9]+")) {
            entityAdmin(entity).body(Map.of("names", List.of(" "), "handlePatterns", List.of(pattern)))
                    .put(names(entity))
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("violations.field", hasItem("handlePatterns[0]"))
                    .body("violations.field", hasItem("names[0]"));
        }
        entityAdmin(entity).get(names(entity)).then().statusCode(200)
                .body("names", equalTo(List.of("TA"))).body("handlePatterns", equalTo(List.of("tai_*")));
    }

    @Test
    void shouldRefuseAStaleVersion() {
        String entity = AccountStates.freshEntity();
        Map<String, Object> body = Map.of("names", List.of("TA"), "handlePatterns", List.of());
        entityAdmin(entity).body(body).put(names(entity)).then().statusCode(200);
        String etag = entityAdmin(entity).body(Map.of("names", List.of("TA", "TAI"), "handlePatterns", List.of()))
                .put(names(entity)).then().statusCode(200).extract().header("ETag");

        entityAdmin(entity).header("If-Match", "\"0\"").body(body).put(names(entity)).then().statusCode(412);
        entityAdmin(entity).header("If-Match", etag).body(body).put(names(entity)).then().statusCode(200)
                .body("names", equalTo(List.of("TA")));
    }
}
