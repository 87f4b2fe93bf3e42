package io.rasmi.account;

import static io.restassured.RestAssured.given;

import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the demo realm's people, with tokens signed by the test OIDC server. */
public final class Callers {

    private Callers() {
    }

    public static RequestSpecification as(String entity, String role) {
        return given().auth().oauth2(TestTokens.user(entity + "-" + role).entity(entity).roles(role).token())
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification entityAdmin(String entity) {
        return as(entity, "entity-admin");
    }

    public static RequestSpecification platformAdmin() {
        return given().auth().oauth2(TestTokens.user("platform-admin").roles("platform-admin").token())
                .contentType(ContentType.JSON);
    }
}
