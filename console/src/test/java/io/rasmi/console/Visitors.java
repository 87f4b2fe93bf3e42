package io.rasmi.console;

import static io.restassured.RestAssured.given;

import io.rasmi.testkit.TestTokens;
import io.restassured.specification.RequestSpecification;

/** Requests as the demo realm's people (signed test tokens), in Arabic or, with the language cookie, in English. */
final class Visitors {

    private Visitors() {
    }

    static RequestSpecification as(String entity, String role) {
        return given().auth().oauth2(TestTokens.user(entity + "-" + role).entity(entity).roles(role).token())
                .redirects().follow(false);
    }

    static RequestSpecification inEnglish(RequestSpecification request) {
        return request.cookie("rasmi-lang", "en");
    }
}
