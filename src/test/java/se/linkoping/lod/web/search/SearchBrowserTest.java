package se.linkoping.lod.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.linkoping.lod.testing.Browser;
import se.linkoping.lod.testing.RunningSite;

/**
 * Searching in headless Chromium with the keyboard alone: the box in the header suggests names as one
 * types (arrow keys choose, Enter opens), Enter without a choice opens the search page, and its
 * filters narrow the answer. Every page passes axe-core's WCAG 2.1 A/AA rules with no error in the
 * console, and screenshots are saved under {@code screenshots/} in the build directory.
 */
class SearchBrowserTest {

    @RegisterExtension
    static final Browser.Session chromium = Browser.session("sv-SE");

    @RegisterExtension
    static final RunningSite SITE = RunningSite.seed();

    @Test
    void theHeaderBoxSuggestsAndTheKeyboardChooses() throws Exception {
        chromium.driver().get(SITE.url(""));
        WebElement box = chromium.driver().findElement(By.id("site-search-q"));
        WebElement list = suggestionsFor(box, "tonsb");
        assertEquals("true", box.getAttribute("aria-expanded"));
        assertTrue(list.getText().contains("Tönsberg"), list.getText());
        box.sendKeys(Keys.ARROW_DOWN);
        WebElement chosen = chromium.driver().findElement(By.cssSelector("#site-search-suggestions [aria-selected='true']"));
        assertEquals(chosen.getAttribute("id"), box.getAttribute("aria-activedescendant"));
        check("search-suggestions");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/doc/"));
        assertEquals("Tönsberg", heading());
    }

    @Test
    void theSearchPageShowsMarkedMatchesAndItsFiltersNarrowThem() throws Exception {
        chromium.driver().get(SITE.url("doc/project/art4rights"));
        WebElement box = chromium.driver().findElement(By.id("site-search-q"));
        WebElement list = suggestionsFor(box, "kaunas");
        box.sendKeys(Keys.ESCAPE);
        assertFalse(list.isDisplayed(), "Escape closes the suggestions");
        assertEquals("kaunas", box.getAttribute("value"), "and keeps what was typed");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("/search?"));
        assertEquals("Sök", heading());
        List<WebElement> marks = chromium.driver().findElements(By.cssSelector(".search-results mark"));
        assertFalse(marks.isEmpty(), chromium.driver().getCurrentUrl() + "\n" + bodyText());
        assertEquals("Kaunas", marks.get(0).getText());
        assertTrue(bodyText().contains("Kaunas kulturhuvudstad 2022"));
        check("search-results");

        new Select(chromium.driver().findElement(By.id("search-type"))).selectByValue("town");
        chromium.driver().findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> driver.getCurrentUrl().contains("type=town"));
        assertEquals(1, chromium.driver().findElements(By.cssSelector(".search-results > li")).size());
        check("search-filtered");

        chromium.driver().findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("Search", heading());
        assertTrue(bodyText().contains("Matches for “kaunas”: 1."), bodyText());
        check("search-en");
    }

    @Test
    void noMatchAndARefusedSearchReadWellToo() throws Exception {
        chromium.driver().get(SITE.url("search?q=" + SearchHttpTest.encode("<b>zyxwvutsrq</b>")));
        assertTrue(bodyText().contains("Ingen träff för ”<b>zyxwvutsrq</b>”"), bodyText());
        check("search-none");
        chromium.driver().get(SITE.url("search?q=kaunas&page=abc"));
        assertTrue(chromium.driver().findElement(By.cssSelector(".search-error")).getText().contains("abc"));
        check("search-refused");
        chromium.driver().get(SITE.url("search?lang=en"));
        check("search-empty-en");
    }

    private static String heading() {
        return chromium.driver().findElement(By.tagName("h1")).getText().trim();
    }

    private static String bodyText() {
        return chromium.driver().findElement(By.tagName("body")).getText();
    }

    private static void check(String name) throws IOException {
        Browser.check(chromium.driver(), "web-" + name);
    }

    /** Types into the header's search box and waits for the list of suggestions to show. */
    private static WebElement suggestionsFor(WebElement box, String typed) {
        box.sendKeys(typed);
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(10)).until(driver -> {
            WebElement suggestions = driver.findElement(By.id("site-search-suggestions"));
            return suggestions.isDisplayed() ? suggestions : null;
        });
    }
}
