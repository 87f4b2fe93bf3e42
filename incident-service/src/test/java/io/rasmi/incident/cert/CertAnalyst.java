package io.rasmi.incident.cert;

import static io.restassured.RestAssured.given;

import io.rasmi.testkit.TestTokens;
import io.restassured.specification.RequestSpecification;

/** Requests as the national CERT's analyst (no entity) and as an entity's staff, with signed test tokens. */
final class CertAnalyst {

    private CertAnalyst() {
    }

    static RequestSpecification certAnalyst() {
        return given().auth().oauth2(TestTokens.user("cert-analyst").roles("cert-analyst").token());
    }

    static RequestSpecification entityStaff(String entity, String role) {
        return given().auth().oauth2(TestTokens.user(entity + "-" + role).entity(entity).roles(role).token());
    }
}
