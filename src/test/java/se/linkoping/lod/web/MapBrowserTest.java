package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import se.linkoping.lod.testing.Browser;
import se.linkoping.lod.testing.RunningSite;

/**
 * The map and the figures in headless Chromium: the map draws a marker for every town over the world
 * outline, a marker taken by keyboard leads to its town's page, and neither page asks any other host
 * for anything; the map, the figures and a year of the archive pass axe-core's WCAG 2.1 A/AA rules in
 * both languages, log no error, and are saved as screenshots under {@code screenshots/} in the build
 * directory.
 */
class MapBrowserTest {

    private static final int TOWNS = 7;

    @RegisterExtension
    static final Browser.Session chromium = Browser.session("sv-SE");

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @Test
    void theMapShowsEveryTownAndLeadsToItsPageWithoutAnyOtherHost() throws Exception {
        chromium.driver().get(site.url("map"));
        WebDriverWait wait = new WebDriverWait(chromium.driver(), Duration.ofSeconds(20));
        wait.until(d -> d.findElements(By.cssSelector("[data-place-marker=town]")).size() == TOWNS);
        wait.until(d -> !d.findElements(By.cssSelector("[data-place-marker=country]")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector(".leaflet-overlay-pane path")).isEmpty());
        List<WebElement> markers = chromium.driver().findElements(By.cssSelector("[data-place-marker=town] a"));
        assertEquals(TOWNS, markers.size(), "a marker for each town");
        assertEquals(2, chromium.driver().findElements(By.cssSelector("[data-place-marker=country] a")).size(),
                "a marker for each partner country (Italy, France)");
        assertTrue(chromium.driver().findElements(By.cssSelector(".leaflet-overlay-pane path")).size() > 100,
                "the world outline is drawn");
        assertOnlyThisHost("map");
        check("map-sv");

        WebElement kaunas = chromium.driver().findElement(By.cssSelector("[data-place-marker=town] a[href='/doc/town/kaunas']"));
        kaunas.sendKeys(Keys.ENTER);
        wait.until(d -> d.getCurrentUrl().endsWith("/doc/town/kaunas"));
        assertEquals("Kaunas", chromium.driver().findElement(By.tagName("h1")).getText());
        assertOnlyThisHost("the town's page");

        chromium.driver().get(site.url("map?lang=en"));
        wait.until(d -> d.findElements(By.cssSelector("[data-place-marker=town]")).size() == TOWNS);
        assertTrue(chromium.driver().findElement(By.tagName("body")).getText().contains("Legend"));
        assertOnlyThisHost("the English map");
        check("map-en");
        chromium.driver().manage().window().setSize(new Dimension(390, 844));
        chromium.driver().get(site.url("map"));
        wait.until(d -> d.findElements(By.cssSelector("[data-place-marker=town]")).size() == TOWNS);
        check("map-phone");
        chromium.driver().manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void theFiguresAndTheYearArchivePassTheAccessibilityRules() throws Exception {
        chromium.driver().get(site.url("figures"));
        assertEquals(4, chromium.driver().findElements(By.cssSelector("svg.chart")).size());
        assertOnlyThisHost("figures");
        check("figures-sv");
        chromium.driver().get(site.url("figures?lang=en"));
        check("figures-en");
        chromium.driver().get(site.url("projects?year=2023"));
        assertEquals("Projekt 2023", chromium.driver().findElement(By.tagName("h1")).getText());
        check("projects-2023");
        chromium.driver().get(site.url(""));
        check("home-with-year");
    }

    /** Every resource the page loaded came from the site's own host and port. */
    private static void assertOnlyThisHost(String what) {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) chromium.driver()).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat(performance.getEntriesByType('navigation').map(e => e.name));");
        assertTrue(loaded.stream().anyMatch(url -> url.endsWith("/site.css")), what + " lists what it loaded: " + loaded);
        List<String> elsewhere = loaded.stream().filter(url -> !url.startsWith(site.root())).toList();
        assertEquals(List.of(), elsewhere, what + " asked another host");
    }

    private static void check(String name) throws IOException {
        Browser.check(chromium.driver(), "web-" + name);
    }
}
