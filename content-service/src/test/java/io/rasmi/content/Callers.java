package io.rasmi.content;

import static io.restassured.RestAssured.given;

import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as people of an entity, with tokens signed by the test OIDC server; each username is one person. */
public final class Callers {

    private Callers() {
    }

    /** The entity's demo user of that role, e.g. {@code moh-publisher}. */
    public static RequestSpecification as(String entity, String role) {
        return person(entity + "-" + role, entity, role);
    }

    /** A named person of the entity with these roles. */
    public static RequestSpecification person(String username, String entity, String... roles) {
        return given().auth().oauth2(TestTokens.user(username).entity(entity).roles(roles).token())
                .contentType(ContentType.JSON);
    }
}
