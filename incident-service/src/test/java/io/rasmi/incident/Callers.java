package io.rasmi.incident;

import static io.restassured.RestAssured.given;

import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the demo realm's people, with tokens signed by the test OIDC server. */
public final class Callers {

    private Callers() {
    }

    /** The entity's demo user of this role, e.g. {@code moh-it-security}. */
    public static RequestSpecification as(String entity, String role) {
        return person(entity + "-" + role, entity, role);
    }

    /** Another person of the entity with the same role, when who reported matters. */
    public static RequestSpecification person(String username, String entity, String role) {
        return given().auth().oauth2(TestTokens.user(username).entity(entity).roles(role).token())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification itSecurity(String entity) {
        return as(entity, "it-security");
    }

    public static RequestSpecification entityAdmin(String entity) {
        return as(entity, "entity-admin");
    }

    /** The national CERT's analyst: no entity, sees every entity's incidents. */
    public static RequestSpecification certAnalyst() {
        return given().auth().oauth2(TestTokens.user("cert-analyst").roles("cert-analyst").token())
                .contentType(ContentType.JSON);
    }
}
