package io.rasmi.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The public page with account-service down (the tests' services are all unreachable). */
@QuarkusTest
class PublicLookupPageTest {

    @Test
    void shouldShowTheEmptyFormWithoutAskingTheServiceWhenNothingWasAsked() {
        given().when().get("/verify")
                .then().statusCode(200)
                .body(containsString("id=\"verify-form\""))
                .body(not(containsString("id=\"form-errors\"")))
                .body(not(containsString("id=\"verdict\"")));
    }

    @Test
    void shouldSayTheServiceIsUnavailableAndKeepTheHandleWithArabicDigitsReadAsAscii() {
        given().queryParam("platform", "X").queryParam("handle", "@MOH_Iraq٢٠٢٤")
                .when().get("/verify")
                .then().statusCode(200)
                .body(containsString("الخدمة غير متاحة الآن"))
                .body(containsString("value=\"@MOH_Iraq2024\""))
                .body(containsString("<option value=\"X\" selected>"))
                .body(not(containsString("id=\"verdict\"")));
    }

    @Test
    void shouldSayTheServiceIsUnavailableInEnglishWhenTheUserChoseEnglish() {
        given().cookie("rasmi-lang", "en").queryParam("url", "https://x.com/MOH_Iraq")
                .when().get("/verify")
                .then().statusCode(200)
                .body(containsString("The service is not available right now."))
                .body(containsString("value=\"https://x.com/MOH_Iraq\""));
    }
}
