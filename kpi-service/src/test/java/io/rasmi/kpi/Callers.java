package io.rasmi.kpi;

import static io.restassured.RestAssured.given;

import io.rasmi.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as the demo realm's people and machine clients, with tokens signed by the test OIDC server. */
public final class Callers {

    private Callers() {
    }

    public static RequestSpecification as(String entity, String role) {
        return given().auth().oauth2(TestTokens.user(entity + "-" + role).entity(entity).roles(role).token())
                .contentType(ContentType.JSON);
    }

    /** The rasmi-ingest client of the realm: client credentials, role kpi-ingest, the hardcoded claim entity=moh. */
    public static RequestSpecification ingestClient(String entity) {
        return given().auth().oauth2(TestTokens.client("rasmi-ingest").entity(entity).roles("kpi-ingest").token());
    }

    public static RequestSpecification platformAdmin() {
        return given().auth().oauth2(TestTokens.user("platform-admin").roles("platform-admin").token())
                .contentType(ContentType.JSON);
    }
}
