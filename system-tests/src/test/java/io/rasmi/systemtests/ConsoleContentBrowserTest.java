package io.rasmi.systemtests;

import static io.rasmi.systemtests.Stack.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A publisher and an approver in a real browser: the publisher writes a post with a phone number in it, sees the
 * finding (G6.i, a BLOCKER) marked where the number is as the text is typed, removes the number, sees the finding
 * go, saves and submits; the approver opens the item and approves it. Once in Arabic and once in English, every
 * page scanned by axe-core.
 */
class ConsoleContentBrowserTest {

    private static final String PHONE = "٠٧٧٠١٢٣٤٥٦٧";

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldWriteAPostSeeThePhoneNumberFindingRemoveItSubmitAndHaveItApproved(String language) throws Exception {
        String tag = OfficialAccounts.newTag();
        String accountId = activeAccountKnownToContent(tag);
        String title = "حملة التلقيح الوطنية " + tag;
        String clean = "تبدأ حملة التلقيح الوطنية يوم الأحد في جميع المراكز الصحية " + tag;
        String itemPath;

        try (Browser publisher = new Browser()) {
            publisher.signIn("/content/new", "moh-publisher");
            if ("en".equals(language)) {
                publisher.switchToEnglish();
            }
            assertThat(publisher.language()).isEqualTo(language);
            publisher.visible(By.id("findings-idle"));
            publisher.assertAccessible();

            publisher.type(By.id("title"), title);
            publisher.visible(By.cssSelector("input[name=targetAccountIds][value='" + accountId + "']")).click();
            publisher.type(By.id("body"), clean + " للاستفسار: " + PHONE);

            // the finding, as the text is typed: its clause, BLOCKER, and the number marked where it is
            WebElement finding = publisher.visible(By.cssSelector(
                    "#finding-list li[data-check='PERSONAL_DATA'][data-clause='G6.i']"));
            assertThat(finding.getAttribute("class")).contains("finding-BLOCKER");
            publisher.until(driver -> driver.findElements(By.cssSelector("#marked-text mark.finding-BLOCKER"))
                    .stream().anyMatch(mark -> mark.getText().contains(PHONE)));
            assertThat(publisher.present(By.id("findings-result")).getAttribute("data-blocked")).isEqualTo("true");
            publisher.assertAccessible();

            // the number removed: the finding goes
            publisher.type(By.id("body"), clean);
            publisher.until(driver -> driver.findElements(By.cssSelector(
                    "#finding-list li[data-check='PERSONAL_DATA']")).isEmpty()
                    && "false".equals(driver.findElement(By.id("findings-result")).getAttribute("data-blocked")));

            publisher.clickAndWaitForNewPage(By.id("save"));
            assertThat(publisher.visible(By.id("done")).getAttribute("data-done")).isEqualTo("saved");
            assertThat(publisher.visible(By.id("item-state")).getAttribute("data-state")).isEqualTo("DRAFT");
            assertThat(publisher.language()).isEqualTo(language);
            publisher.assertAccessible();
            itemPath = publisher.driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*", "");

            publisher.clickAndWaitForNewPage(By.id("submit"));
            assertThat(publisher.visible(By.id("item-state")).getAttribute("data-state")).isEqualTo("SUBMITTED");
            publisher.assertAccessible();
        }

        try (Browser approver = new Browser()) {
            approver.signIn(itemPath, "moh-approver");
            if ("en".equals(language)) {
                approver.switchToEnglish();
            }
            assertThat(approver.visible(By.id("post-text")).getText()).isEqualTo(clean);
            approver.assertAccessible();
            approver.visible(By.id("factChecked")).click();
            approver.visible(By.id("neutral")).click();
            approver.clickAndWaitForNewPage(By.id("approve"));
            assertThat(approver.visible(By.id("done")).getAttribute("data-done")).isEqualTo("approved");
            assertThat(approver.visible(By.id("item-state")).getAttribute("data-state")).isEqualTo("APPROVED");
            assertThat(approver.visible(By.cssSelector("#approvals li[data-decision='APPROVE']"))).isNotNull();
            approver.assertAccessible();

            // the calendar and the list show it too
            approver.open("/content?state=APPROVED");
            assertThat(approver.visible(By.id("content-list")).getText()).contains(title);
            approver.assertAccessible();
            approver.open("/calendar?view=month&accountId=" + accountId);
            approver.present(By.id("calendar"));
            approver.assertAccessible();

            // the window as an iCal file to download, with the session the browser holds (no token in the link)
            String fileLink = approver.visible(By.id("calendar-download")).getAttribute("href");
            assertThat(fileLink).doesNotContain("token");
            java.net.http.HttpResponse<String> file = downloadWithSession(approver, fileLink);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/calendar"));
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    disposition -> assertThat(disposition).startsWith("attachment; filename=\"calendar-"));
            assertThat(file.body()).startsWith("BEGIN:VCALENDAR").contains("END:VCALENDAR");
        }
    }

    /** A new ACTIVE account of moh, once content-service's account directory has heard that it is active. */
    static String activeAccountKnownToContent(String tag) {
        String id = OfficialAccounts.active(tag);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            io.restassured.response.Response known = as("moh-publisher").get(Stack.CONTENT + "/api/v1/accounts/" + id);
            return known.statusCode() == 200 && "ACTIVE".equals(known.path("status"));
        });
        return id;
    }

    /** What the browser's download link gives, fetched with the browser's own console session cookie. */
    private static java.net.http.HttpResponse<String> downloadWithSession(Browser browser, String link)
            throws Exception {
        String cookies = browser.driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(link)).header("Cookie", cookies).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
