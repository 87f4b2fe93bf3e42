package io.rasmi.console.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.testkit.TestTokens;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Requests as the realm's people (signed test tokens), in Arabic or English, and forms posted with their CSRF token. */
final class Staff {

    private static final Pattern CSRF_INPUT = Pattern.compile(
            "<input type=\"hidden\" name=\"csrf-token\" value=\"([^\"]+)\">");

    private Staff() {
    }

    static RequestSpecification as(String entity, String role) {
        return given().auth().oauth2(TestTokens.user(entity + "-" + role).entity(entity).roles(role).token())
                .redirects().follow(false);
    }

    static RequestSpecification inEnglish(RequestSpecification request) {
        return request.cookie("rasmi-lang", "en");
    }

    /** A form posted as a browser would: the CSRF cookie and token from the page that shows the form. */
    static RequestSpecification withCsrfOf(RequestSpecification request, Response formPage) {
        Matcher token = CSRF_INPUT.matcher(formPage.body().asString());
        assertThat(token.find()).as("the form carries a CSRF token").isTrue();
        return request.contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("csrf-token", formPage.cookie("csrf-token")).formParam("csrf-token", token.group(1));
    }
}
