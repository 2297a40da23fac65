package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.web.Page;
import se.linkoping.lod.web.Pages;

/**
 * A page declared in the registry, and nowhere else, is served and found where every page is: in the
 * navigation of every page, in the sitemap and in the start check.
 */
class PageRegistryTest {

    /** The twin towns again, as a list page of its own at {@code /twin-towns}: its query and texts are the towns'. */
    private static final Page TWIN_TOWNS = new Page("towns", "twin-towns", "twin-towns", Page.Kind.LIST, "nav.towns",
            true, Optional.of(new Page.Check("twin-towns", "text/html", "twin towns")), null, false, Map.of());

    private static final Pages PAGES = Pages.standard().with(TWIN_TOWNS);

    @RegisterExtension
    static final RunningSite site = RunningSite.seed().pages(PAGES);

    @Test
    void theDeclaredPageIsServedAndInTheNavigationOfEveryPage() {
        HttpResponse<byte[]> page = site.get(site.url("twin-towns"), Map.of());
        assertEquals(200, page.statusCode());
        String html = RunningSite.text(page);
        assertTrue(html.contains("<li><a href=\"/twin-towns\" aria-current=\"page\">"), "its own entry is current");
        assertTrue(html.contains("/doc/town/kaunas"), "it lists the towns");
        for (String other : List.of("", "projects", "def/ns", "doc/town/kaunas")) {
            String elsewhere = RunningSite.text(site.get(site.url(other), Map.of()));
            assertTrue(elsewhere.contains("<li><a href=\"/twin-towns\">"), "/" + other + " links to it");
        }
    }

    @Test
    void theDeclaredPageIsInTheSitemap() {
        String sitemap = RunningSite.text(site.get(site.url("sitemap.xml"), Map.of()));
        assertTrue(sitemap.contains("<loc>" + site.url("twin-towns") + "</loc>"), sitemap);
    }

    @Test
    void theDeclaredPageIsAskedForByTheStartCheck() {
        StringWriter out = new StringWriter();
        boolean passed = new StartCheck(PAGES).passes(site.root(), true, new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("Check twin towns")
                && line.endsWith(" 200 " + site.root() + "twin-towns")), out.toString());
        assertTrue(passed, out.toString());
    }
}
