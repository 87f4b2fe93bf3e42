package io.rasmi.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Management in a real browser: the KPI dashboard (its four panels, each a chart with its table or a note) and the
 * last closed month's report downloaded as CSV and as PDF, passed through from kpi-service with a file name. Once
 * in Arabic and once in English, every page scanned by axe-core.
 */
class ConsoleKpiBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldShowTheDashboardAndDownloadTheMonthsReportAsCsvAndPdf(String language) {
        try (Browser manager = new Browser()) {
            manager.signIn("/kpi", "moh-management");
            if ("en".equals(language)) {
                manager.switchToEnglish();
            }
            assertThat(manager.language()).isEqualTo(language);
            assertThat(manager.driver.findElements(By.cssSelector("section.panel"))).hasSize(4);
            manager.assertAccessible();

            manager.clickAndWaitForNewPage(By.id("kpi-reports"));
            manager.visible(By.id("report-form"));
            manager.assertAccessible();

            String csvLink = manager.visible(By.id("month-csv")).getAttribute("href");
            String month = csvLink.replaceAll(".*period=([0-9-]+).*", "$1");
            Response csv = withSessionOf(manager).get(csvLink);
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"report-" + month
                    + ".csv\"");
            assertThat(csv.asString()).startsWith("period,section,");

            Response pdf = withSessionOf(manager).get(manager.visible(By.id("month-pdf")).getAttribute("href"));
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(new String(pdf.asByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            // a period that is neither a week nor a month: kpi-service's answer beside the field, the text kept
            manager.type(By.id("period"), "2026-13");
            manager.clickAndWaitForNewPage(By.cssSelector("#report-form button[type=submit]"));
            assertThat(manager.visible(By.id("period-error")).getText()).isNotBlank();
            assertThat(manager.visible(By.id("period")).getAttribute("value")).isEqualTo("2026-13");
            manager.assertAccessible();
        }
    }

    private static RequestSpecification withSessionOf(Browser browser) {
        RequestSpecification request = given().redirects().follow(false);
        for (Cookie cookie : browser.driver.manage().getCookies()) {
            request = request.cookie(cookie.getName(), cookie.getValue());
        }
        return request;
    }
}
