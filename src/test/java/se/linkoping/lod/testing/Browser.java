package se.linkoping.lod.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import se.linkoping.lod.store.Folders;

/**
 * The headless Chromium of the browser tests, and what they check on every page: no error in the
 * console (a script or style the Content-Security-Policy blocked is one), no WCAG 2.1 A/AA violation
 * by axe-core, and a full-page screenshot under {@code screenshots/} in the build directory.
 */
public final class Browser {

    private static final String AXE = read("/se/linkoping/lod/web/axe/axe.min.js");

    private Browser() {
    }

    /**
     * A Chromium for the tests of one class, registered with {@code @RegisterExtension}: started before
     * the first test with a fresh profile in a folder of its own, quit after the last one.
     */
    public static Session session(String language) {
        return new Session(language);
    }

    /** One class's Chromium: {@link #driver()} while its tests run. */
    public static final class Session implements BeforeAllCallback, AfterAllCallback {
        private final String language;
        private Path profile;
        private WebDriver driver;

        private Session(String language) {
            this.language = language;
        }

        /** The browser, once started. */
        public WebDriver driver() {
            return driver;
        }

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            profile = Files.createTempDirectory("chromium-profile");
            driver = start(profile, language);
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            if (driver != null) {
                driver.quit();
            }
            Folders.deleteTree(profile);
        }
    }

    /**
     * Starts Chromium with a fresh profile in this folder, a 1280 by 1000 window, and this language
     * first (a tag such as {@code sv-SE}) in its interface and its {@code Accept-Language}.
     */
    private static WebDriver start(Path profile, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=" + language);
        options.setExperimentalOption("prefs",
                Map.of("intl.accept_languages", language + "," + language.replaceFirst("-.*", "")));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /**
     * Checks the page shown: no error in the console but the page's own status (a page that answers
     * 404 or 410 on purpose), axe-core's WCAG 2.1 A/AA rules, and a full-page screenshot saved as
     * {@code screenshots/{name}.png}.
     */
    public static void check(WebDriver browser, String name) throws IOException {
        String ownStatus = browser.getCurrentUrl() + " - Failed to load resource: the server responded with a status";
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico") && !m.startsWith(ownStatus))
                .toList();
        assertEquals(List.of(), errors, name + " logged errors in the console");
        String violations = axeViolations(browser);
        screenshot(browser, name);
        assertEquals("[]", violations, name + " has accessibility violations");
    }

    /** axe-core's WCAG 2.1 A/AA violations on the page shown, as JSON: {@code []} when there are none. */
    public static String axeViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(AXE);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return String.valueOf(js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' '))})))))"
                        + ".catch(e => done('error: ' + e));"));
    }

    /** Saves the whole page, as tall as it is (4,000 pixels at most), as {@code screenshots/{name}.png}. */
    public static Path screenshot(WebDriver browser, String name) throws IOException {
        Path screenshot = buildDirectory().resolve("screenshots/" + name + ".png");
        Files.createDirectories(screenshot.getParent());
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight;");
        Dimension size = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(size.getWidth(), Math.min(4000, height.intValue() + 140)));
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), screenshot,
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(size);
        return screenshot;
    }

    /** The build directory ({@code target/} unless the build says otherwise). */
    public static Path buildDirectory() {
        try {
            return Path.of(Browser.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The test classes have no file location", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Browser.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
