package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import se.linkoping.lod.testing.Browser;
import se.linkoping.lod.testing.RunningSite;

/**
 * A reader's walk through the site in headless Chromium: home, a project, a network, a twin town and
 * back, switching language; no page logs an error in the console (none breaks the
 * Content-Security-Policy), every page passes axe-core's WCAG 2.1 A/AA rules, and screenshots of
 * each are saved under {@code screenshots/} in the build directory.
 */
class LinkedDataBrowserTest {

    @TempDir
    static Path profile;

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        browser = Browser.start(profile, "sv-SE");
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderWalksFromHomeToAProjectANetworkATwinTownAndBack() throws Exception {
        browser.get(site.url(""));
        assertEquals("EU-projekt inom kultur", heading());
        assertTrue(bodyText().contains("Pågående internationella projekt 2023"));
        check("home");

        browser.findElement(By.linkText("Fristad Linköping")).click();
        assertEquals("Fristad Linköping", heading());
        assertTrue(bodyText().contains("tvåårigt stipendium för förföljd författare eller konstnär"));
        check("project");

        browser.findElement(By.linkText("ICORN")).click();
        assertEquals("ICORN", heading());
        assertTrue(bodyText().contains("International Cities of Refuge Network"));
        check("network");

        browser.findElement(By.linkText("Orter")).click();
        assertEquals("Orter", heading());
        check("towns");
        browser.findElement(By.linkText("Tönsberg")).click();
        assertEquals("Tönsberg", heading());
        assertTrue(bodyText().contains("Wikidata") && bodyText().contains("GeoNames"));
        check("town");

        browser.findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("Tønsberg", heading());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(bodyText().contains("The same thing elsewhere"));
        check("town-en");

        browser.navigate().back();
        browser.navigate().back();
        browser.navigate().back();
        assertEquals("ICORN", heading());
        assertTrue(bodyText().contains("Medlem sedan") || bodyText().contains("Länkar hit"));
    }

    @Test
    void theOntologyAndErrorPagesAreAccessibleToo() throws Exception {
        browser.get(site.url("def/ns?lang=en"));
        assertTrue(bodyText().contains("international project"));
        check("ontology-en");
        browser.get(site.url("id/project/nope"));
        assertEquals("Sidan finns inte", heading());
        check("not-found");
        browser.get(site.url("organizations"));
        check("organizations");
        browser.findElement(By.cssSelector("footer a[href='/open-data']")).click();
        assertEquals("Öppna data", heading());
        check("open-data");
    }

    @Test
    void theShapesPageLandsOnEachShapeInBothLanguages() throws Exception {
        browser.get(site.url("def/ns"));
        browser.findElement(By.linkText("SHACL-formerna")).click();
        assertEquals("SHACL-former för Linköpings kommuns internationella kulturarbete", heading());
        check("shapes");
        browser.get(site.url("def/shapes?lang=en#TownShape"));
        assertEquals("Town", browser.findElement(By.cssSelector("#TownShape h3")).getText());
        Number top = (Number) ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('TownShape').getBoundingClientRect().top;");
        assertTrue(Math.abs(top.doubleValue()) < 5, "the fragment is scrolled to: " + top);
        browser.findElement(By.linkText("lkps:prefLabel")).click();
        assertTrue(browser.getCurrentUrl().endsWith("#prefLabel"), browser.getCurrentUrl());
        check("shapes-en");
    }

    @Test
    void pagesReadWellOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(site.url("doc/project/art4rights"));
            assertEquals("Art4Rights", heading());
            check("project-phone");
            for (String page : List.of("", "towns?lang=en", "doc/contact/international-coordinator?lang=en",
                    "doc/dataset/main", "def/ns?lang=en", "def/shapes", "open-data?lang=en")) {
                browser.get(site.url(page));
                Number scrollWidth = (Number) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scrollWidth.intValue() <= 390, "no sideways scrolling on /" + page + ": " + scrollWidth);
            }
            check("open-data-phone-en");
            browser.get(site.url("def/shapes"));
            check("shapes-phone");
            browser.get(site.url(""));
            check("home-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private static String heading() {
        return browser.findElement(By.tagName("h1")).getText().trim();
    }

    private static String bodyText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static void check(String name) throws IOException {
        Browser.check(browser, "web-" + name);
    }
}
