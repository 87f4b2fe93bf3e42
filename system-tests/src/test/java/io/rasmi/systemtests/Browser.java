package io.rasmi.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the console: Debian's headless Chromium driven through its chromedriver (no browser download),
 * explicit waits on elements (never sleeps), and an axe-core scan of every page a journey visits.
 */
final class Browser implements AutoCloseable {

    static final String CONSOLE = System.getProperty("rasmi.console.url", "http://127.0.0.1:8080");
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what issue 11 asks of every page. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final WebDriver driver;
    private final WebDriverWait wait;

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1280,900", "--lang=ar");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        wait = new WebDriverWait(driver, WAIT);
    }

    void open(String path) {
        driver.get(CONSOLE + path);
    }

    WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    WebElement present(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    void until(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Waits for {@code condition}, checking it every {@code interval} (for a condition that asks a service). */
    void untilEvery(Duration interval, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, WAIT).pollingEvery(interval).until(condition::apply);
    }

    /** Types into a field, replacing what it held. */
    void type(By field, String text) {
        WebElement input = visible(field);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks, then waits until the page it led to has replaced this one. */
    void clickAndWaitForNewPage(By locator) {
        WebElement before = present(By.tagName("html"));
        visible(locator).click();
        wait.until(driver -> isGone(before));
        present(By.tagName("main"));
    }

    /**
     * Whether an element's document has been replaced. Selenium's {@code stalenessOf} expects a stale-element error,
     * but when the question reaches Chromium while the old document is being torn down, chromedriver answers "Node
     * with given id does not belong to the document" as a plain WebDriverException: the same fact, in other words.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (WebDriverException torn) {
            if (String.valueOf(torn.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw torn;
        }
    }

    /** The language the page is in, from {@code <html lang>}, after checking its direction matches. */
    String language() {
        WebElement html = present(By.tagName("html"));
        String lang = html.getAttribute("lang");
        assertThat(html.getAttribute("dir")).isEqualTo("ar".equals(lang) ? "rtl" : "ltr");
        return lang;
    }

    /** Switches to English with the header's link; the same page comes back, left to right. */
    void switchToEnglish() {
        clickAndWaitForNewPage(By.id("switch-language"));
        until(driver -> "en".equals(present(By.tagName("html")).getAttribute("lang")));
    }

    /** Signs in through the real Keycloak login form, starting from a page that needs it. */
    void signIn(String path, String username) {
        open(path);
        type(By.id("username"), username);
        type(By.id("password"), Stack.DEMO_PASSWORD);
        visible(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(CONSOLE + path));
        present(By.id("sign-out"));
    }

    /** axe-core finds no serious or critical WCAG A/AA violation on the page as it is now. */
    void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
        assertThat(serious).as("serious or critical accessibility violations on %s", driver.getCurrentUrl())
                .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
