package io.rasmi.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The head of unit in a real browser: signs in on Keycloak's own login form, opens the register, registers an
 * account (first with a mistake the service refuses, shown beside its field with what was typed kept), records the
 * official decision (its date typed in Arabic-Indic digits) and, once the IT officer's steps are done through the
 * API, activates it; then the public page says it is official. Once in Arabic and once in English, every page of
 * the console scanned by axe-core.
 */
class ConsoleAccountsBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldRegisterAndActivateAnAccountAsTheHeadOfUnit(String language) {
        String tag = OfficialAccounts.newTag();
        String handle = OfficialAccounts.handle(tag);
        try (Browser browser = new Browser()) {
            browser.signIn("/home", "moh-admin");
            browser.visible(By.id("waiting"));
            browser.assertAccessible();
            if ("en".equals(language)) {
                browser.switchToEnglish();
            }
            assertThat(browser.language()).isEqualTo(language);

            // the register
            browser.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/accounts']"));
            browser.visible(By.id("register-account"));
            browser.assertAccessible();

            // the form, refused once: the e-mail is not one; the handle typed stays
            browser.clickAndWaitForNewPage(By.id("register-account"));
            new Select(browser.visible(By.id("platform"))).selectByValue("X");
            browser.type(By.id("handle"), handle);
            browser.type(By.id("displayNameAr"), "وزارة الصحة العراقية");
            browser.type(By.id("displayNameEn"), "Iraqi Ministry of Health");
            browser.type(By.id("profileUrl"), "https://x.com/" + handle);
            browser.type(By.id("registrationEmail"), "not-an-email");
            browser.assertAccessible();
            browser.clickAndWaitForNewPage(By.id("submit-register"));

            assertThat(browser.visible(By.id("registrationEmail-error")).getText()).isNotBlank();
            assertThat(browser.visible(By.id("registrationEmail")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.visible(By.id("handle")).getAttribute("value")).isEqualTo(handle);
            assertThat(browser.visible(By.id("displayNameAr")).getAttribute("value")).isEqualTo("وزارة الصحة العراقية");
            assertThat(browser.language()).isEqualTo(language);
            browser.assertAccessible();

            browser.type(By.id("registrationEmail"), "social@moh.gov.iq");
            browser.clickAndWaitForNewPage(By.id("submit-register"));

            // the account's page: proposed, waiting for its decision
            assertThat(browser.visible(By.id("account-status")).getAttribute("data-status")).isEqualTo("PROPOSED");
            assertThat(browser.visible(By.tagName("h1")).getText()).contains(handle);
            browser.assertAccessible();
            String accountId = browser.driver.getCurrentUrl().replaceAll(".*/accounts/", "");

            browser.type(By.id("decisionNumber"), "٢٠٢٦/" + tag);
            browser.type(By.id("decisionDate"), "٢٠٢٦-١١-٠١");
            browser.type(By.id("signatory"), "Minister of Health");
            browser.clickAndWaitForNewPage(By.id("submit-decision"));
            assertThat(browser.visible(By.id("account-status")).getAttribute("data-status")).isEqualTo("APPROVED");
            browser.assertAccessible();

            // the IT officer's part (G6.a, G6.b, G6.f), through the API as in the activation journey
            String officer = OfficialAccounts.itOfficer(tag);
            OfficialAccounts.adminHeldBy(accountId, officer);
            OfficialAccounts.twoFactorOnAGovernmentPhone(accountId, officer, tag);
            OfficialAccounts.passwordRotated(accountId);

            browser.open("/accounts/" + accountId);
            browser.clickAndWaitForNewPage(By.id("submit-activation"));
            assertThat(browser.visible(By.id("account-status")).getAttribute("data-status")).isEqualTo("ACTIVE");
            assertThat(browser.visible(By.id("role-holders")).getText()).contains("Zainab Al-Hashimi");
            assertThat(browser.visible(By.id("rotation-due")).getText()).isNotBlank();
            assertThat(browser.present(By.cssSelector("#posture tr[data-clause='G6.b']")).getAttribute("data-status"))
                    .isIn("PASS", "WARN");
            browser.assertAccessible();

            // the register lists it, active
            browser.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/accounts']"));
            assertThat(browser.visible(By.cssSelector("#register tr[data-handle='" + handle + "']")).getText())
                    .contains("ar".equals(language) ? "نشط" : "Active");

            // and the public page now answers that it is official (its answers follow the account's events)
            browser.open("/verify");
            ConsolePublicLookupBrowserTest.ask(browser, "X", handle);
            // asked again every 2 s at most: the console's lookups share one client's rate budget at the service
            browser.untilEvery(Duration.ofSeconds(2), driver -> {
                if (driver.findElements(By.cssSelector("#verdict[data-official='true']")).size() == 1) {
                    return true;
                }
                browser.clickAndWaitForNewPage(By.cssSelector("#verify-form button[type=submit]"));
                return false;
            });
            browser.assertAccessible();
        }
    }
}
