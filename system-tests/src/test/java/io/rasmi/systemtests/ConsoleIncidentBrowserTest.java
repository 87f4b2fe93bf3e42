package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * G6.j in a real browser: the IT officer reports the compromise of an account (first without a summary, which
 * incident-service refuses beside the field with everything else kept), moves the incident on, and the public page
 * then warns that the account is compromised; the national CERT's analyst finds that incident on the desk,
 * acknowledges it and downloads its STIX 2.1 bundle. Once in Arabic and once in English, every page scanned by
 * axe-core. The account is the journey's own (registered and activated through the API): a reported compromise
 * freezes it, so no demo account other journeys rely on is touched.
 */
class ConsoleIncidentBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldReportACompromiseThatThePublicPageWarnsOfAndTheCertDownloadsAsStix(String language) throws Exception {
        String tag = OfficialAccounts.newTag();
        String handle = OfficialAccounts.handle(tag);
        String account = OfficialAccounts.active(tag);
        OfficialAccounts.knownToIncidentService(account);
        String summary = ("ar".equals(language) ? "منشورات لم نكتبها على حساب الوزارة " : "Posts we did not write on ")
                + handle;
        String incident;

        try (Browser officer = new Browser()) {
            officer.signIn("/incidents/new", "moh-security");
            if ("en".equals(language)) {
                officer.switchToEnglish();
            }
            assertThat(officer.language()).isEqualTo(language);
            officer.visible(By.id("report-form"));
            officer.assertAccessible();

            // refused once: no summary; the service's answer beside the field, the rest as typed
            new Select(officer.visible(By.id("type"))).selectByValue("ACCOUNT_COMPROMISE");
            officer.visible(By.id("account-" + account)).click();
            officer.type(By.id("description"), "The admin's password no longer works. " + tag);
            officer.clickAndWaitForNewPage(By.id("submit-report"));
            assertThat(officer.visible(By.id("summary-error")).getText()).isNotBlank();
            assertThat(officer.visible(By.id("summary")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(officer.visible(By.id("description")).getAttribute("value")).contains(tag);
            assertThat(officer.present(By.id("account-" + account)).isSelected()).isTrue();
            assertThat(officer.language()).isEqualTo(language);
            officer.assertAccessible();

            officer.type(By.id("summary"), summary);
            officer.clickAndWaitForNewPage(By.id("submit-report"));

            // the incident's page: reported, with its timeline and the moves allowed now
            assertThat(officer.visible(By.tagName("h1")).getText()).isEqualTo(summary);
            assertThat(officer.present(By.id("incident-facts")).getAttribute("data-state")).isEqualTo("REPORTED");
            assertThat(officer.present(By.cssSelector("#timeline li[data-kind='REPORTED']"))).isNotNull();
            officer.assertAccessible();
            incident = officer.driver.getCurrentUrl().replaceAll(".*/incidents/", "");

            new Select(officer.visible(By.id("to"))).selectByValue("TRIAGED");
            officer.type(By.id("note"), "Confirmed from the platform's login history");
            officer.clickAndWaitForNewPage(By.id("submit-transition"));
            assertThat(officer.present(By.id("incident-facts")).getAttribute("data-state")).isEqualTo("TRIAGED");
            assertThat(officer.present(By.cssSelector("#timeline li[data-kind='TRANSITION']")).getText())
                    .contains("Confirmed from the platform's login history");
            officer.assertAccessible();

            // the entity's list shows it
            officer.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/incidents']"));
            assertThat(officer.visible(By.id("incident-" + incident)).getAttribute("data-state"))
                    .isEqualTo("TRIAGED");
            officer.assertAccessible();

            // the public page warns whoever checks the account (account-service froze it on the report's event)
            officer.open("/verify?platform=X&handle=" + handle);
            officer.until(driver -> {
                if (!driver.findElements(By.id("compromise-warning")).isEmpty()) {
                    return true;
                }
                officer.open("/verify?platform=X&handle=" + handle);
                return false;
            });
            assertThat(officer.present(By.id("verdict")).getAttribute("data-official")).isEqualTo("true");
            officer.assertAccessible();
        }

        try (Browser analyst = new Browser()) {
            analyst.signIn("/cert/incidents", "cert-analyst");
            if ("en".equals(language)) {
                analyst.switchToEnglish();
            }
            assertThat(analyst.language()).isEqualTo(language);
            analyst.assertAccessible();

            analyst.clickAndWaitForNewPage(By.cssSelector("#incident-" + incident + " a"));
            assertThat(analyst.visible(By.tagName("h1")).getText()).isEqualTo(summary);
            assertThat(analyst.visible(By.id("incident-entity")).getText()).isEqualTo("moh");
            analyst.assertAccessible();

            analyst.clickAndWaitForNewPage(By.id("submit-acknowledge"));
            assertThat(analyst.present(By.cssSelector("#acknowledged time"))).isNotNull();
            assertThat(analyst.driver.findElements(By.id("submit-acknowledge"))).isEmpty();
            analyst.assertAccessible();

            // the download link, fetched with the analyst's console session as the browser would save it
            String link = analyst.visible(By.id("download-stix")).getAttribute("href");
            Response download = Awaitility.await("the incident's bundle in the CERT feed")
                    .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> withSessionOf(analyst).get(link), answer -> answer.statusCode() == 200);
            assertThat(download.contentType().replace(" ", "")).startsWith("application/stix+json").contains("version=2.1");
            assertThat(download.header("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"incident-" + incident + ".stix.json\"");
            JsonNode bundle = JSON.readTree(download.asByteArray());
            assertThat(bundle.path("type").asText()).isEqualTo("bundle");
            JsonNode stixIncident = StreamSupport.stream(bundle.path("objects").spliterator(), false)
                    .filter(object -> "incident".equals(object.path("type").asText())).findFirst().orElseThrow();
            assertThat(stixIncident.path("spec_version").asText()).isEqualTo("2.1");
            assertThat(stixIncident.path("name").asText()).isEqualTo(summary);
            assertThat(stixIncident.path("external_references").findValuesAsText("external_id")).contains(incident);
        }
    }

    /** A request that carries the browser's cookies for the console (its signed-in session). */
    private static RequestSpecification withSessionOf(Browser browser) {
        RequestSpecification request = given().redirects().follow(false);
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            request = request.cookie(cookie.getName(), cookie.getValue());
        }
        return request;
    }
}
