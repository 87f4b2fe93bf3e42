package io.rasmi.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LayoutTest {

    @Test
    void shouldRenderThePublicPageInArabicRightToLeftByDefault() {
        given().when().get("/verify")
                .then().statusCode(200)
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString("هل هذا الحساب رسمي؟"))
                .body(containsString("href=\"/language/en?back=%2Fverify\""));
    }

    @Test
    void shouldRenderThePublicPageInEnglishLeftToRightWhenTheCookieSaysSo() {
        given().cookie("rasmi-lang", "en").when().get("/verify")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
                .body(containsString("Is this account official?"))
                .body(not(containsString("تحقّق")));
    }

    @Test
    void shouldRememberTheLanguageSwitchInACookieAndGoBack() {
        Response answer = given().redirects().follow(false).queryParam("back", "/verify?handle=x").when()
                .get("/language/en");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/verify?handle=x");
        assertThat(answer.headers().getValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("rasmi-lang="))
                .singleElement().asString().startsWith("rasmi-lang=en;").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void shouldNeverRedirectTheLanguageSwitchToAnotherSite() {
        for (String back : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            Response answer = given().redirects().follow(false).queryParam("back", back).when().get("/language/ar");
            assertThat(answer.header("Location")).as(back).isEqualTo("/");
        }
    }

    @Test
    void shouldSendAContentSecurityPolicyWithoutInlineScripts() {
        Response answer = given().when().get("/verify");
        String policy = answer.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.body().asString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void shouldServeHtmxTheFontItsLicenceAndTheStylesheetFromTheApplication() {
        given().when().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200)
                .body(containsString("htmx"));
        given().when().get("/fonts/Amiri-Regular.ttf").then().statusCode(200);
        given().when().get("/fonts/OFL.txt").then().statusCode(200).body(containsString("SIL Open Font License"));
        given().when().get("/css/console.css").then().statusCode(200).body(containsString("inset-inline-start"));
    }

    @Test
    void shouldSendASignedOutVisitorOfTheHomePageToKeycloakWithPkce() {
        Response answer = given().redirects().follow(false).when().get("/home");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.header("Location")).contains("response_type=code", "client_id=rasmi-console",
                "code_challenge=", "code_challenge_method=S256");
    }

    @Test
    void shouldSendTheFrontDoorToThePublicPageWhenNobodyIsSignedIn() {
        Response answer = given().redirects().follow(false).when().get("/");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).endsWith("/verify");
    }
}
