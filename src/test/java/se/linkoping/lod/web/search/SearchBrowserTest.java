package se.linkoping.lod.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.linkoping.lod.testing.RunningSite;

/**
 * Searching in headless Chromium with the keyboard alone: the box in the header suggests names as one
 * types (arrow keys choose, Enter opens), Enter without a choice opens the search page, and its
 * filters narrow the answer. Every page passes axe-core's WCAG 2.1 A/AA rules with no error in the
 * console, and screenshots are saved under {@code screenshots/} in the build directory.
 */
class SearchBrowserTest {

    @TempDir
    static Path profile;

    @RegisterExtension
    static final RunningSite SITE = RunningSite.seed();
    private static WebDriver browser;
    private static String axe;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = SearchBrowserTest.class.getResourceAsStream("/se/linkoping/lod/web/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=sv-SE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeaderBoxSuggestsAndTheKeyboardChooses() throws Exception {
        browser.get(SITE.url(""));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("tonsb");
        WebElement list = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> {
                    WebElement suggestions = driver.findElement(By.id("site-search-suggestions"));
                    return suggestions.isDisplayed() ? suggestions : null;
                });
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertTrue(list.getText().contains("Tönsberg"), list.getText());
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement chosen = browser.findElement(By.cssSelector("#site-search-suggestions [aria-selected='true']"));
        assertEquals(chosen.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        check("search-suggestions");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/doc/"));
        assertEquals("Tönsberg", heading());
    }

    @Test
    void theSearchPageShowsMarkedMatchesAndItsFiltersNarrowThem() throws Exception {
        browser.get(SITE.url("doc/project/art4rights"));
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("kaunas");
        WebElement list = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> {
                    WebElement suggestions = driver.findElement(By.id("site-search-suggestions"));
                    return suggestions.isDisplayed() ? suggestions : null;
                });
        box.sendKeys(Keys.ESCAPE);
        assertFalse(list.isDisplayed(), "Escape closes the suggestions");
        assertEquals("kaunas", box.getAttribute("value"), "and keeps what was typed");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/search?"));
        assertEquals("Sök", heading());
        List<WebElement> marks = browser.findElements(By.cssSelector(".search-results mark"));
        assertFalse(marks.isEmpty(), browser.getCurrentUrl() + "\n" + bodyText());
        assertEquals("Kaunas", marks.get(0).getText());
        assertTrue(bodyText().contains("Kaunas kulturhuvudstad 2022"));
        check("search-results");

        new Select(browser.findElement(By.id("search-type"))).selectByValue("town");
        browser.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("type=town"));
        assertEquals(1, browser.findElements(By.cssSelector(".search-results > li")).size());
        check("search-filtered");

        browser.findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("Search", heading());
        assertTrue(bodyText().contains("Matches for “kaunas”: 1."), bodyText());
        check("search-en");
    }

    @Test
    void noMatchAndARefusedSearchReadWellToo() throws Exception {
        browser.get(SITE.url("search?q=" + SearchHttpTest.encode("<b>zyxwvutsrq</b>")));
        assertTrue(bodyText().contains("Ingen träff för ”<b>zyxwvutsrq</b>”"), bodyText());
        check("search-none");
        browser.get(SITE.url("search?q=kaunas&page=abc"));
        assertTrue(browser.findElement(By.cssSelector(".search-error")).getText().contains("abc"));
        check("search-refused");
        browser.get(SITE.url("search?lang=en"));
        check("search-empty-en");
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText().trim();
    }

    private static String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /**
     * Checks that the console holds no error (a script the Content-Security-Policy blocked is one; the
     * 400 of a refused search is expected), runs axe-core's WCAG 2.1 A/AA rules and saves a screenshot.
     */
    private static void check(String name) throws IOException, URISyntaxException {
        String ownStatus = browser.getCurrentUrl() + " - Failed to load resource: the server responded with a status";
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico") && !m.startsWith(ownStatus))
                .toList();
        assertEquals(List.of(), errors, name + " logged errors in the console");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Object violations = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' '))})))))"
                        + ".catch(e => done('error: ' + e));");
        Path screenshot = buildDirectory().resolve("screenshots/web-" + name + ".png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(((ChromeDriver) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals("[]", violations, name + " has accessibility violations");
    }

    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(SearchBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
