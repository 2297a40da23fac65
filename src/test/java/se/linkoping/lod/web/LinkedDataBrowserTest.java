package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import se.linkoping.lod.testing.Browser;
import se.linkoping.lod.testing.RunningSite;

/**
 * A reader's walk through the site in headless Chromium: home, a project, a network, a twin town and
 * back, switching language; no page logs an error in the console (none breaks the
 * Content-Security-Policy), every page passes axe-core's WCAG 2.1 A/AA rules, and screenshots of
 * each are saved under {@code screenshots/} in the build directory.
 */
class LinkedDataBrowserTest {

    @RegisterExtension
    static final Browser.Session chromium = Browser.session("sv-SE");

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @Test
    void aReaderWalksFromHomeToAProjectANetworkATwinTownAndBack() throws Exception {
        chromium.driver().get(site.url(""));
        assertEquals("EU-projekt inom kultur", heading());
        assertTrue(bodyText().contains("Pågående internationella projekt 2023"));
        check("home");

        chromium.driver().findElement(By.linkText("Fristad Linköping")).click();
        assertEquals("Fristad Linköping", heading());
        assertTrue(bodyText().contains("tvåårigt stipendium för förföljd författare eller konstnär"));
        check("project");

        chromium.driver().findElement(By.linkText("ICORN")).click();
        assertEquals("ICORN", heading());
        assertTrue(bodyText().contains("International Cities of Refuge Network"));
        check("network");

        chromium.driver().findElement(By.linkText("Orter")).click();
        assertEquals("Orter", heading());
        check("towns");
        chromium.driver().findElement(By.linkText("Tönsberg")).click();
        assertEquals("Tönsberg", heading());
        assertTrue(bodyText().contains("Wikidata") && bodyText().contains("GeoNames"));
        check("town");

        chromium.driver().findElement(By.cssSelector("a.lang-switch")).click();
        assertEquals("Tønsberg", heading());
        assertEquals("en", chromium.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(bodyText().contains("The same thing elsewhere"));
        check("town-en");

        chromium.driver().navigate().back();
        chromium.driver().navigate().back();
        chromium.driver().navigate().back();
        assertEquals("ICORN", heading());
        assertTrue(bodyText().contains("Medlem sedan") || bodyText().contains("Länkar hit"));
    }

    @Test
    void theOntologyAndErrorPagesAreAccessibleToo() throws Exception {
        chromium.driver().get(site.url("def/ns?lang=en"));
        assertTrue(bodyText().contains("international project"));
        check("ontology-en");
        chromium.driver().get(site.url("id/project/nope"));
        assertEquals("Sidan finns inte", heading());
        check("not-found");
        chromium.driver().get(site.url("organizations"));
        check("organizations");
        chromium.driver().findElement(By.cssSelector("footer a[href='/open-data']")).click();
        assertEquals("Öppna data", heading());
        check("open-data");
    }

    @Test
    void theShapesPageLandsOnEachShapeInBothLanguages() throws Exception {
        chromium.driver().get(site.url("def/ns"));
        chromium.driver().findElement(By.linkText("SHACL-formerna")).click();
        assertEquals("SHACL-former för Linköpings kommuns internationella kulturarbete", heading());
        check("shapes");
        chromium.driver().get(site.url("def/shapes?lang=en#TownShape"));
        assertEquals("Town", chromium.driver().findElement(By.cssSelector("#TownShape h3")).getText());
        Number top = (Number) ((JavascriptExecutor) chromium.driver())
                .executeScript("return document.getElementById('TownShape').getBoundingClientRect().top;");
        assertTrue(Math.abs(top.doubleValue()) < 5, "the fragment is scrolled to: " + top);
        chromium.driver().findElement(By.linkText("lkps:prefLabel")).click();
        assertTrue(chromium.driver().getCurrentUrl().endsWith("#prefLabel"), chromium.driver().getCurrentUrl());
        check("shapes-en");
    }

    @Test
    void pagesReadWellOnAPhone() throws Exception {
        chromium.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            chromium.driver().get(site.url("doc/project/art4rights"));
            assertEquals("Art4Rights", heading());
            check("project-phone");
            for (String page : List.of("", "towns?lang=en", "doc/contact/international-coordinator?lang=en",
                    "doc/dataset/main", "def/ns?lang=en", "def/shapes", "open-data?lang=en")) {
                chromium.driver().get(site.url(page));
                Number scrollWidth = (Number) ((JavascriptExecutor) chromium.driver())
                        .executeScript("return document.documentElement.scrollWidth;");
                assertTrue(scrollWidth.intValue() <= 390, "no sideways scrolling on /" + page + ": " + scrollWidth);
            }
            check("open-data-phone-en");
            chromium.driver().get(site.url("def/shapes"));
            check("shapes-phone");
            chromium.driver().get(site.url(""));
            check("home-phone");
        } finally {
            chromium.driver().manage().window().setSize(new Dimension(1280, 1000));
        }
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
}
