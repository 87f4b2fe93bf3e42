package io.rasmi.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's public page in a real browser, signed out: "is this account official?" for the demo data's
 * official account of the Ministry of Health (X, MOH_Iraq, activated by the demo data) and for an unknown handle.
 * Once in Arabic (the default) and once after the English switch; every page is scanned by axe-core.
 */
class ConsolePublicLookupBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldSayThatTheMinistrysAccountIsOfficial(String language) {
        try (Browser browser = new Browser()) {
            openVerifyPage(browser, language);

            ask(browser, "X", "@MOH_Iraq");

            browser.until(driver -> "true".equals(browser.present(By.id("verdict")).getAttribute("data-official")));
            String verdict = browser.visible(By.id("verdict")).getText();
            assertThat(verdict).contains("ar".equals(language) ? "حساب رسمي" : "Official account")
                    .contains("MOH_Iraq");
            assertThat(browser.visible(By.id("handle")).getAttribute("value")).isEqualTo("@MOH_Iraq");
            browser.assertAccessible();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldSayThatAnUnknownHandleIsNotOfficial(String language) {
        try (Browser browser = new Browser()) {
            openVerifyPage(browser, language);

            ask(browser, "FACEBOOK", "not_a_ministry_" + OfficialAccounts.newTag());

            browser.until(driver -> "false".equals(browser.present(By.id("verdict")).getAttribute("data-official")));
            assertThat(browser.visible(By.id("verdict")).getText())
                    .contains("ar".equals(language) ? "ليس حساباً رسمياً" : "Not an official account");
            browser.assertAccessible();
        }
    }

    static void openVerifyPage(Browser browser, String language) {
        browser.open("/verify");
        browser.visible(By.id("verify-form"));
        assertThat(browser.language()).isEqualTo("ar");
        browser.assertAccessible();
        if ("en".equals(language)) {
            browser.switchToEnglish();
            assertThat(browser.language()).isEqualTo("en");
        }
    }

    static void ask(Browser browser, String platform, String handle) {
        new Select(browser.visible(By.id("platform"))).selectByValue(platform);
        browser.type(By.id("handle"), handle);
        browser.clickAndWaitForNewPage(By.cssSelector("#verify-form button[type=submit]"));
    }
}
