package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.linkoping.lod.testing.Browser;
import se.linkoping.lod.testing.RunningSite;

/**
 * A member of staff at work in headless Chromium: signs in, creates a project with Swedish and English
 * names linked to a programme and a country, sees the preview in words, publishes it and finds it on the
 * home page, in {@code /sparql} and in the dump; edits it with a mistake and sees the message at the
 * field with nothing changed; undoes a change; ends the project; signs out. Every page passes axe-core's
 * WCAG 2.1 A/AA rules and logs no console error; screenshots are saved under {@code screenshots/} in the
 * build directory.
 */
class EditorBrowserTest {

    private static final String PROJECT = "id/project/kultur-for-alla";

    @RegisterExtension
    static final Browser.Session chromium = Browser.session("en-GB");

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void staffCreateAProjectCorrectAMistakeUndoAChangeEndItAndSignOut() throws Exception {
        chromium.driver().get(site.url("staff?lang=en"));
        assertEquals("Sign in for staff", heading());
        check("login");
        chromium.driver().findElement(By.id("name")).sendKeys(RunningSite.USER);
        chromium.driver().findElement(By.id("password")).sendKeys(RunningSite.PASSWORD);
        follow(chromium.driver().findElement(By.cssSelector("form.staff-form button[type=submit]")));
        assertEquals("Editor", heading());
        assertTrue(bodyText().contains("Signed in as editor"));
        check("start");

        follow(chromium.driver().findElement(By.linkText("International project")));
        assertEquals("International project", heading());
        check("list");
        follow(chromium.driver().findElement(By.partialLinkText("New:")));
        text("preferred label", 1, "Kultur för alla");
        text("preferred label", 2, "Culture for all");
        text("description", 1, "ett projekt om kultur för alla");
        text("description", 2, "a project on culture for everyone");
        text("label as written", 1, "Kultur för alla");
        choose("derived from", "EU projects in culture");
        text("list position", 1, "9");
        text("ongoing in", 1, "2026");
        choose("run by", "Culture and Leisure Administration");
        choose("programme", "Erasmus+");
        choose("involves", "Finland");
        check("new-project");
        follow(chromium.driver().findElement(By.cssSelector("button[value=preview]")));
        assertTrue(heading().startsWith("Preview"), heading());
        assertTrue(bodyText().contains("added: programme Erasmus+"), bodyText());
        assertTrue(bodyText().contains("added: involves Finland"), bodyText());
        assertFalse(site.holds("<" + PROJECT + "> ?p ?o"), "nothing is written before publishing");
        check("preview");
        follow(chromium.driver().findElement(By.cssSelector("button[value=publish]")));
        assertTrue(bodyText().contains("Published."), bodyText());
        check("published");

        chromium.driver().get(site.url("?lang=en"));
        assertTrue(bodyText().contains("Culture for all"), "on the home page");
        assertTrue(sparqlAsk("ASK { <" + site.url(PROJECT) + "> <https://w3id.org/lkp/def/ns#programme> <"
                + site.url("id/programme/erasmus-plus") + "> }"), "in /sparql");
        assertTrue(dump().contains("Culture for all"), "in the dump");

        chromium.driver().get(site.url("staff/things/project/kultur-for-alla?lang=en"));
        field("preferred label").findElements(By.tagName("input")).get(1).clear();
        text("ongoing in", 1, "twenty");
        follow(chromium.driver().findElement(By.cssSelector("button[value=preview]")));
        assertTrue(field("ongoing in").getText().contains("Write a year with four digits"), field("ongoing in").getText());
        assertTrue(site.holds("<" + PROJECT + "> skos:prefLabel \"Culture for all\"@en"), "nothing changed");
        check("violation");

        chromium.driver().get(site.url("staff/things/project/kultur-for-alla?lang=en"));
        text("description", 2, "a project that brings culture to everyone");
        follow(chromium.driver().findElement(By.cssSelector("button[value=preview]")));
        assertTrue(bodyText().contains("removed: description a project on culture for everyone (en)"), bodyText());
        follow(chromium.driver().findElement(By.cssSelector("button[value=publish]")));
        assertTrue(site.holds("<" + PROJECT + "> <http://purl.org/dc/terms/description> \"a project that brings culture to everyone\"@en"));
        follow(chromium.driver().findElement(By.linkText("History of this thing")));
        check("history");
        follow(chromium.driver().findElements(By.cssSelector("ol.changes button")).get(0));
        assertTrue(bodyText().contains("Undone"), bodyText());
        assertTrue(site.holds("<" + PROJECT + "> <http://purl.org/dc/terms/description> \"a project on culture for everyone\"@en"),
                "the change is undone");
        check("undone");

        chromium.driver().get(site.url("staff/things/project/kultur-for-alla?lang=en"));
        text("ended in", 1, "2026");
        follow(chromium.driver().findElement(By.cssSelector("button[value=preview]")));
        assertTrue(bodyText().contains("added: ended in 2026"), bodyText());
        follow(chromium.driver().findElement(By.cssSelector("button[value=publish]")));
        assertTrue(site.holds("<" + PROJECT + "> <https://w3id.org/lkp/def/ns#endedIn> \"2026\"^^<http://www.w3.org/2001/XMLSchema#gYear>"));
        check("ended");

        follow(chromium.driver().findElement(By.cssSelector(".staff-bar form button")));
        assertEquals("Sign in for staff", heading());
        chromium.driver().get(site.url("staff?lang=en"));
        assertEquals("Sign in for staff", heading(), "signed out");
    }

    /** The box of the field with this label. */
    private static WebElement field(String label) {
        return chromium.driver().findElement(By.xpath("//fieldset[legend[starts-with(normalize-space(.), '" + label + "')]]"));
    }

    /** Types into the n-th input of a field, in place of what it held. */
    private static void text(String label, int n, String value) {
        WebElement input = field(label).findElements(By.tagName("input")).get(n - 1);
        input.clear();
        input.sendKeys(value);
    }

    private static void choose(String label, String option) {
        new Select(field(label).findElement(By.tagName("select"))).selectByVisibleText(option);
    }

    private static boolean sparqlAsk(String query) {
        HttpResponse<String> answer = site.send(HttpRequest.newBuilder(URI.create(site.url("sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))).header("Accept", "application/sparql-results+json"));
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().contains("true");
    }

    /** The Turtle dump of the current data, once it is written. */
    private static String dump() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < end) {
            HttpResponse<String> dump = site.get("dumps/all.ttl", "text/turtle");
            if (dump.statusCode() == 200 && dump.body().contains("kultur-for-alla")) {
                return dump.body();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the dump of the new data was not written within a minute");
    }

    private static String heading() {
        return chromium.driver().findElement(By.tagName("h1")).getText().trim();
    }

    /**
     * Clicks what loads a page, and waits until the new page has replaced the one clicked on and has
     * loaded. While the old document is being replaced, Chromium may answer a question about it with
     * an inspector error instead of a stale element; the wait asks again.
     */
    private static void follow(WebElement element) {
        WebElement old = chromium.driver().findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.and(ExpectedConditions.stalenessOf(old),
                        driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"))));
    }

    private static String bodyText() {
        return chromium.driver().findElement(By.tagName("body")).getText();
    }

    private static void check(String name) throws IOException {
        Browser.check(chromium.driver(), "staff-" + name);
    }
}
