package se.linkoping.lod.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.linkoping.lod.testing.RunningSite;

/**
 * The query page in headless Chromium: a permalink opens Yasgui filled in, the query runs on our
 * endpoint and the answer shows as a table, and no request leaves our own server.
 */
class QueryPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Dimension DESKTOP = new Dimension(1280, 1700);
    private static final Dimension PHONE = new Dimension(390, 844);
    /** Words of the editor's English that Swedish does not share. */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(query|table|response|showing|entry|entries|"
            + "of|to|the|search|results?|download|share|show|hide|page|previous|next|first|last|"
            + "no data|loading|filter|simple|view|ellipse|fullscreen|close|copy|run|add|new|tab|rows?|columns?|"
            + "settings|link|chart|raw|prefixes|and|seconds?|took|sorted|ascending|descending)\\b");
    private static String axe;

    @TempDir
    static Path profile;
    @RegisterExtension
    static final RunningSite server = TwinTownsSite.site();
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1700", "--lang=sv-SE");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPermalinkOpensTheEditorFilledInAndTheQueryAnswersInATable() throws Exception {
        browser.get(server.root() + "query?lang=en");
        browser.findElement(By.cssSelector("#\\30 1-twin-towns .query-permalink")).click();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));

        String example = ExampleQueries.load(TwinTownsSite.examplesFolder(), TwinTownsSite.IRIS)
                .find("01-twin-towns").orElseThrow().text();
        assertEquals(server.root() + "query?example=01-twin-towns&lang=en#editor", browser.getCurrentUrl());
        assertEquals(example, script("return document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue();"));
        String shown = browser.findElement(By.cssSelector("#yasgui .CodeMirror-code")).getText();
        assertTrue(shown.contains("ORDER BY ?name"), "the editor shows the query: " + shown);
        assertFalse(browser.findElement(By.id("plain-query")).isDisplayed(), "the plain form gives way to the editor");

        browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#yasgui .yasr table tbody tr"), 5));

        List<String> names = column(2);
        List<String> countries = column(3);
        assertEquals(List.of("Joensuu", "Kaunas", "Palo Alto", "Tours", "Tönsberg"), names);
        assertEquals(List.of("\"Finland\"@en", "\"Lithuania\"@en", "\"USA\"@en", "\"France\"@en", "\"Norway\"@en"),
                countries);
        assertTrue(column(1).get(0).contains("joensuu"), column(1).toString());

        WebElement results = browser.findElement(By.cssSelector("#yasgui .yasr"));
        script("window.scrollTo(0, 0);");
        Path screenshot = buildDirectory().resolve("screenshots/query-page.png");
        Files.createDirectories(screenshot.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(results.isDisplayed());

        assertEveryRequestStayedOnOurServer();
        assertNoScriptErrors();
    }

    @Test
    void theEditorsShareLinkOpensTheEditedQueryOnThisPage() {
        browser.get(server.root() + "query?example=02-one-town&lang=sv");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        String edited = "SELECT ?name WHERE { ?town <http://www.w3.org/2000/01/rdf-schema#label> ?name }";
        script("document.querySelector('#yasgui .CodeMirror').CodeMirror.setValue(arguments[0]);", edited);
        browser.findElement(By.cssSelector("#yasgui .yasqe_share")).click();
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#yasgui .yasqe_sharePopup input"))).getAttribute("value");

        assertTrue(link.startsWith(server.root() + "query?query="), link);
        assertTrue(link.endsWith("&lang=sv"), link);
        browser.get(link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        assertEquals(edited, script("return document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue();"));
        assertEveryRequestStayedOnOurServer();
    }

    @Test
    void theEditorSpeaksThePagesLanguageKeepsItsButtonsClearAndPassesAxe() throws Exception {
        for (String lang : List.of("sv", "en")) {
            for (Dimension size : List.of(DESKTOP, PHONE)) {
                String name = "query-page-" + lang + "-" + (size == PHONE ? "phone" : "desktop");
                browser.manage().window().setSize(size);
                browser.get(server.root() + "query?example=01-twin-towns&lang=" + lang);
                WebDriverWait wait = new WebDriverWait(browser, WAIT);
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
                browser.findElement(By.cssSelector("#yasgui .yasqe_queryButton")).click();
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#yasgui .yasr table tbody tr"), 5));

                script("document.getElementById('editor').scrollIntoView();");
                screenshot(name);
                Files.writeString(buildDirectory().resolve("screenshots/" + name + ".html"),
                        String.valueOf(script("return document.documentElement.outerHTML;")));
                List<String> english = lang.equals("sv") ? englishWords() : List.of();
                List<String> covered = overlaps();
                covered.addAll(wider());
                String violations = axe();
                assertEquals("[] [] []", english + " " + covered + " " + violations,
                        name + ": English on the Swedish page, buttons over the query, axe-core's WCAG 2.1 A/AA violations");
            }
        }
        browser.manage().window().setSize(DESKTOP);
        assertNoScriptErrors();
    }

    /** The words of English, shown or spoken (labels, titles), that the page's editor and its results hold. */
    private static List<String> englishWords() {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) script("""
                const texts = [];
                const root = document.querySelector('main');
                const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const parent = node.parentElement;
                  if (parent.closest('.CodeMirror, pre, code, .yasr table tbody') || !parent.getClientRects().length) continue;
                  if (node.textContent.trim()) texts.push(node.textContent.trim());
                }
                for (const element of root.querySelectorAll('[title], [aria-label], [placeholder], input[type=button]')) {
                  if (!element.getClientRects().length) continue;
                  for (const attribute of ['title', 'aria-label', 'placeholder', 'value']) {
                    const value = element.getAttribute(attribute);
                    if (value && value.trim() && !(attribute === 'value' && element.type !== 'button')) texts.push(value.trim());
                  }
                }
                return texts;
                """);
        return texts.stream().filter(text -> ENGLISH.matcher(text).find()).distinct().toList();
    }

    /** The editor's buttons that cover the text of the query. */
    private static List<String> overlaps() {
        @SuppressWarnings("unchecked")
        List<String> covered = new ArrayList<>((List<String>) script("""
                const lines = [...document.querySelectorAll('#yasgui .CodeMirror-line')].map(line => {
                  const range = document.createRange();
                  range.selectNodeContents(line);
                  return range.getBoundingClientRect();
                }).filter(r => r.width > 0);
                const buttons = [...document.querySelectorAll('#yasgui .yasqe_buttons > *')]
                    .filter(b => b.getClientRects().length);
                const hits = [];
                for (const button of buttons) {
                  const b = button.getBoundingClientRect();
                  for (const r of lines) {
                    if (b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom) {
                      hits.push(button.className + ' over a line at y=' + Math.round(r.top));
                      break;
                    }
                  }
                }
                return hits;
                """));
        return covered;
    }

    /** The parts of the page wider than the window, which would make the whole page scroll sideways. */
    private static List<String> wider() {
        @SuppressWarnings("unchecked")
        List<String> parts = (List<String>) script("""
                const width = document.documentElement.clientWidth;
                if (document.documentElement.scrollWidth <= width) return [];
                return [...document.querySelectorAll('main *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1 && e.getClientRects().length)
                    .filter(e => { for (let a = e.parentElement; a; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible') return false; } return true; })
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' reaches ' + Math.round(e.getBoundingClientRect().right));
                """);
        return parts;
    }

    private static String axe() throws IOException {
        if (axe == null) {
            try (InputStream in = QueryPageBrowserTest.class.getResourceAsStream("/se/linkoping/lod/web/axe/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        script(axe);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return String.valueOf(((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,"
                        + " nodes: v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary)})))))"
                        + ".catch(e => done('error: ' + e));"));
    }

    private static void screenshot(String name) throws IOException, URISyntaxException {
        Path file = buildDirectory().resolve("screenshots/" + name + ".png");
        Files.createDirectories(file.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    private List<String> column(int index) {
        return browser.findElements(By.cssSelector("#yasgui .yasr table tbody tr td:nth-child(" + (index + 1) + ")"))
                .stream().map(WebElement::getText).map(String::strip).toList();
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private static void assertEveryRequestStayedOnOurServer() {
        int requests = 0;
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonObject message = JSON.parse(entry.getMessage()).get("message").getAsObject();
            if (!"Network.requestWillBeSent".equals(message.get("method").getAsString().value())) {
                continue;
            }
            String url = message.get("params").getAsObject().get("request").getAsObject().get("url")
                    .getAsString().value();
            if (url.startsWith("chrome:")) {
                continue;
            }
            requests++;
            assertTrue(url.startsWith(server.root()) || url.startsWith("data:") || url.startsWith("blob:"),
                    "a request left our server: " + url);
        }
        assertTrue(requests >= 5, "the page, its four files and the query: " + requests);
    }

    private static void assertNoScriptErrors() {
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()
                        || e.getMessage().contains("Content Security Policy"))
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico"))
                .toList();
        assertEquals(List.of(), errors);
    }

    private static Path buildDirectory() throws URISyntaxException {
        return Path.of(QueryPageBrowserTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }
}
