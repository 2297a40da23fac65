package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * The whole site under a base with a path ({@code http://127.0.0.1:PORT/lod/}), as a municipality
 * publishing under its existing site would run it: the pages and every link on them, the SPARQL
 * endpoint, the health check, robots.txt, the sitemap, the catalogue, VoID, the dumps and the static
 * files all live under {@code /lod/}, and nothing is answered outside it.
 */
class SiteUnderAPathTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed().underPath("lod/");

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"#]*)");

    @Test
    void theBaseHasThePath() {
        assertEquals("http://127.0.0.1:" + site.port + "/lod/", site.iris.base());
        assertEquals(site.iris.base(), site.root());
    }

    @Test
    void everyLinkOnEveryPageStaysUnderThePathAndAnswers() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(site.url(""), site.url("?lang=en")));
        List<String> failures = new ArrayList<>();
        while (!toVisit.isEmpty() && seen.size() < 400) {
            String url = toVisit.poll();
            if (!seen.add(url)) {
                continue;
            }
            HttpResponse<byte[]> response = site.get(url, Map.of("Accept", "text/html"));
            if (response.statusCode() == 303) {
                String location = response.headers().firstValue("Location").orElseThrow();
                if (!location.startsWith("/lod/")) {
                    failures.add(url + ": redirects out of the path to " + location);
                }
                toVisit.add(URI.create(url).resolve(location).toString());
                continue;
            }
            if (response.statusCode() != 200) {
                failures.add(url + ": " + response.statusCode());
                continue;
            }
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher links = LINK.matcher(RunningSite.text(response));
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.isEmpty() || link.startsWith("http") || link.startsWith("mailto:") || link.startsWith("tel:")) {
                    continue;
                }
                String resolved = URI.create(url).resolve(link).toString();
                if (!resolved.startsWith(site.iris.base())) {
                    failures.add(url + ": links out of the path to " + link);
                } else if (!resolved.contains("/dumps/")) {
                    toVisit.add(resolved);
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(seen.size() > 60, "pages visited: " + seen.size());
        assertTrue(seen.contains(site.url("query")) && seen.contains(site.url("def/shapes"))
                && seen.contains(site.url("site.css")), "the query page, the shapes and the style sheet are linked: " + seen);
    }

    @Test
    void theEndpointHealthAndRobotsAreUnderThePathAndNotAtTheRoot() {
        String ask = "sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        assertEquals(200, site.get(site.url(ask), Map.of("Accept", "application/sparql-results+json")).statusCode());
        assertEquals(200, site.get(site.server.sparqlUrl(), Map.of()).statusCode(), "service description");
        assertTrue(site.server.sparqlUrl().startsWith(site.iris.base()));
        assertEquals(200, site.get(site.url("health"), Map.of()).statusCode());
        String robots = RunningSite.text(site.get(site.url("robots.txt"), Map.of()));
        assertTrue(robots.contains(site.url("sitemap.xml")), robots);
        for (String outside : List.of("sparql?query=ASK%7B%7D", "health", "robots.txt", "site.css", "query", "")) {
            assertEquals(404, site.get(site.server.url() + outside, Map.of()).statusCode(), "/" + outside);
        }
    }

    @Test
    void theSitemapCatalogueAndVoidNameAddressesUnderThePath() {
        String sitemap = RunningSite.text(site.get(site.url("sitemap.xml"), Map.of()));
        Matcher locations = Pattern.compile("<loc>([^<]*)</loc>").matcher(sitemap);
        int count = 0;
        while (locations.find()) {
            count++;
            String location = locations.group(1).replace("&amp;", "&");
            assertTrue(location.startsWith(site.iris.base()), location);
            assertEquals(200, site.get(location, Map.of("Accept", "text/html")).statusCode(), location);
        }
        assertTrue(count > 30, "pages in the sitemap: " + count);

        String catalog = RunningSite.text(site.get(site.url("datasets/dcat"), Map.of("Accept", "text/turtle")));
        String voidDescription = RunningSite.text(site.get(site.url(".well-known/void"), Map.of("Accept", "text/turtle")));
        for (String description : List.of(catalog, voidDescription)) {
            assertTrue(description.contains("<" + site.url("sparql") + ">"), description);
            Matcher iris = Pattern.compile("<(http://127\\.0\\.0\\.1:[0-9]+/[^>]*)>").matcher(description);
            while (iris.find()) {
                assertTrue(iris.group(1).startsWith(site.iris.base()), iris.group(1));
            }
        }
    }
}
