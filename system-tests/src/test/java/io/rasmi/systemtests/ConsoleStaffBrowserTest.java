package io.rasmi.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The head of unit's staff, training and device screens in a real browser: adds a member to the unit (first with
 * an e-mail off the entity's domains, refused under G6.c with what was typed kept), records a training typed in
 * Arabic-Indic digits, registers the member's government phone (first without its number, refused beside the
 * field), gives the member a role on an account, rotates the account's password (a weak one refused, never written
 * back), binds its second factor to the phone, is refused when marking the role holder as gone (G4.3.e), marks
 * another member as gone, and retires a device. Once in Arabic and once in English, every page scanned by axe-core.
 */
class ConsoleStaffBrowserTest {

    @ParameterizedTest
    @ValueSource(strings = { "ar", "en" })
    void shouldManageTheUnitItsTrainingAndDevicesAsTheHeadOfUnit(String language) {
        String tag = OfficialAccounts.newTag();
        String name = "زينب الموسوي " + tag;
        String email = "z." + tag + "@moh.gov.iq";
        String phoneTag = "MOH-PH-" + tag;
        String accountId = OfficialAccounts.proposed(tag);
        try (Browser browser = new Browser()) {
            browser.signIn("/home", "moh-admin");
            if ("en".equals(language)) {
                browser.switchToEnglish();
            }
            assertThat(browser.language()).isEqualTo(language);

            // the unit: a member added, refused once for an e-mail off the entity's domains (G6.c)
            browser.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/staff']"));
            browser.visible(By.id("member-form"));
            browser.assertAccessible();
            browser.type(By.id("fullName"), name);
            browser.type(By.id("officialEmail"), "z." + tag + "@gmail.com");
            new Select(browser.visible(By.id("unitRole"))).selectByValue("MODERATOR");
            browser.clickAndWaitForNewPage(By.id("submit-member"));
            assertThat(browser.visible(By.id("form-errors")).getText()).contains("G6.c");
            assertThat(browser.visible(By.id("fullName")).getAttribute("value")).isEqualTo(name);
            assertThat(new Select(browser.visible(By.id("unitRole"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("MODERATOR");
            assertThat(browser.language()).isEqualTo(language);
            browser.assertAccessible();

            browser.type(By.id("officialEmail"), email);
            browser.clickAndWaitForNewPage(By.id("submit-member"));
            assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo(name);
            assertThat(browser.visible(By.id("member-state")).getAttribute("data-active")).isEqualTo("true");
            String memberPage = browser.driver.getCurrentUrl().replace(Browser.CONSOLE, "");
            browser.assertAccessible();

            // a training, its day typed in Arabic-Indic digits; three G7.6 courses still lacking
            new Select(browser.visible(By.id("topic"))).selectByValue("HATE_SPEECH");
            browser.type(By.id("completedAt"), "٢٠٢٦-١١-٠١");
            browser.type(By.id("evidenceUrl"), "https://dms.moh.gov.iq/training/" + tag + ".pdf");
            browser.clickAndWaitForNewPage(By.id("submit-training"));
            browser.visible(By.cssSelector("#trainings tr[data-topic='HATE_SPEECH']"));
            assertThat(browser.visible(By.id("public-training")).getAttribute("data-complete")).isEqualTo("false");
            browser.assertAccessible();

            // the member's government phone, refused once without its number (shown beside the field)
            browser.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/devices']"));
            browser.visible(By.id("device-form"));
            // the account proposed for this run is listed with a link to its two-factor binding
            assertThat(browser.visible(By.cssSelector("#account-bindings li[data-handle='"
                    + OfficialAccounts.handle(tag) + "'] a")).getAttribute("href"))
                    .endsWith("/devices/two-factor/" + accountId);
            browser.assertAccessible();
            new Select(browser.visible(By.id("kind"))).selectByValue("PHONE");
            browser.type(By.id("assetTag"), phoneTag);
            browser.type(By.id("serialNumber"), "SN-" + tag);
            new Select(browser.visible(By.id("custodianStaffId"))).selectByVisibleText(name);
            browser.clickAndWaitForNewPage(By.id("submit-device"));
            assertThat(browser.visible(By.id("phoneNumber-error")).getText()).isNotBlank();
            assertThat(browser.visible(By.id("phoneNumber")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.visible(By.id("assetTag")).getAttribute("value")).isEqualTo(phoneTag);
            browser.assertAccessible();

            browser.type(By.id("phoneNumber"), arabicPhone(tag));
            browser.clickAndWaitForNewPage(By.id("submit-device"));
            assertThat(browser.visible(By.cssSelector("#devices tr[data-asset-tag='" + phoneTag + "']")).getText())
                    .contains(name).contains("+964");
            browser.assertAccessible();

            // a computer registered and retired again
            String computerTag = "MOH-PC-" + tag;
            new Select(browser.visible(By.id("kind"))).selectByValue("COMPUTER");
            browser.type(By.id("assetTag"), computerTag);
            browser.clickAndWaitForNewPage(By.id("submit-device"));
            By computer = By.cssSelector("#devices tr[data-asset-tag='" + computerTag + "']");
            assertThat(browser.visible(computer).getAttribute("data-active")).isEqualTo("true");
            browser.clickAndWaitForNewPage(By.cssSelector("#devices tr[data-asset-tag='" + computerTag + "'] button"));
            assertThat(browser.visible(computer).getAttribute("data-active")).isEqualTo("false");
            browser.assertAccessible();

            // the account: the member given a role on it
            browser.open("/accounts/" + accountId);
            assertThat(browser.language()).isEqualTo(language);
            browser.visible(By.cssSelector("#account-devices li[data-asset-tag='" + phoneTag + "']"));
            new Select(browser.visible(By.id("staffId"))).selectByVisibleText(name);
            new Select(browser.visible(By.id("role"))).selectByValue("MODERATOR");
            browser.clickAndWaitForNewPage(By.id("submit-holder"));
            assertThat(browser.visible(By.id("role-holders")).getText()).contains(name);
            browser.assertAccessible();

            // its password: a weak one refused (G6.f) and never written back, then a strong one recorded (G6.g)
            String noRotation = browser.visible(By.id("rotation-due")).getText();
            String weak = "short" + tag;
            browser.type(By.id("newPassword"), weak);
            browser.clickAndWaitForNewPage(By.id("submit-rotation"));
            assertThat(browser.visible(By.id("form-errors")).getText()).contains("G6.f");
            assertThat(browser.visible(By.id("newPassword")).getAttribute("value")).isEmpty();
            assertThat(browser.driver.getPageSource()).doesNotContain(weak);
            browser.assertAccessible();
            browser.type(By.id("newPassword"), "Qz#" + tag + "-Rasmi-2026!");
            browser.clickAndWaitForNewPage(By.id("submit-rotation"));
            assertThat(browser.driver.findElements(By.id("form-errors"))).isEmpty();
            assertThat(browser.visible(By.id("rotation-due")).getText()).isNotEqualTo(noRotation);
            assertThat(browser.visible(By.id("newPassword")).getAttribute("value")).isEmpty();

            // its second factor, bound to the member's phone by SMS (G6.b)
            browser.clickAndWaitForNewPage(By.id("bind-two-factor"));
            browser.visible(By.id("binding-form"));
            browser.assertAccessible();
            new Select(browser.visible(By.id("method"))).selectByValue("SMS");
            Select devices = new Select(browser.visible(By.id("deviceId")));
            devices.getOptions().stream().filter(option -> option.getText().startsWith(phoneTag)).findFirst()
                    .orElseThrow().click();
            browser.clickAndWaitForNewPage(By.id("submit-binding"));
            assertThat(browser.visible(By.id("two-factor")).getText()).contains(phoneTag);
            assertThat(browser.visible(By.cssSelector("#account-devices li[data-asset-tag='" + phoneTag + "']"))
                    .getAttribute("data-two-factor")).isEqualTo("true");
            browser.assertAccessible();

            // the role holder cannot be marked as gone while holding the role (G4.3.e)
            browser.open(memberPage);
            browser.clickAndWaitForNewPage(By.id("submit-deactivate"));
            assertThat(browser.visible(By.id("form-errors")).getText()).contains("G4.3.e");
            assertThat(browser.visible(By.id("member-state")).getAttribute("data-active")).isEqualTo("true");
            browser.assertAccessible();

            // a member who holds nothing is
            browser.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/staff']"));
            String other = "Ali Kareem " + tag;
            browser.type(By.id("fullName"), other);
            browser.type(By.id("officialEmail"), "a." + tag + "@moh.gov.iq");
            new Select(browser.visible(By.id("unitRole"))).selectByValue("ANALYST");
            browser.clickAndWaitForNewPage(By.id("submit-member"));
            browser.clickAndWaitForNewPage(By.id("submit-deactivate"));
            assertThat(browser.visible(By.id("member-state")).getAttribute("data-active")).isEqualTo("false");
            browser.visible(By.id("member-facts"));
            assertThat(browser.driver.findElements(By.id("deactivate-form"))).isEmpty();
            browser.assertAccessible();

            browser.clickAndWaitForNewPage(By.cssSelector(".site-nav a[href='/staff']"));
            assertThat(browser.visible(By.cssSelector("#members tr[data-email='a." + tag + "@moh.gov.iq']"))
                    .getAttribute("data-active")).isEqualTo("false");
            browser.assertAccessible();
        }
    }

    /** An Iraqi mobile number for this run, in Arabic-Indic digits (account-service reads them). */
    private static String arabicPhone(String tag) {
        String digits = "0771" + (1_000_000 + Math.abs(tag.hashCode() % 8_999_999));
        StringBuilder arabic = new StringBuilder();
        digits.chars().forEach(c -> arabic.append((char) ('٠' + (c - '0'))));
        return arabic.toString();
    }
}
