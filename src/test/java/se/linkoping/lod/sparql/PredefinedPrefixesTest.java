package se.linkoping.lod.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.model.Namespaces;
import se.linkoping.lod.testing.RunningSite;

/**
 * The vocabularies' prefixes are predefined on {@code /sparql}, as on Wikidata's endpoint: a query
 * that uses {@code lkp:} or {@code skos:} without {@code PREFIX} lines is answered, a query's own
 * {@code PREFIX} wins, and the query page lists them.
 */
class PredefinedPrefixesTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    private static HttpResponse<byte[]> query(String query) {
        return site.get(site.url("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)),
                Map.of("Accept", "text/csv"));
    }

    @Test
    void aQueryWithoutPrefixLinesIsAnswered() {
        HttpResponse<byte[]> response = query("""
                SELECT ?label WHERE {
                  ?project a lkp:InternationalProject ; skos:prefLabel ?label ; lkp:programme ?programme .
                  ?programme skos:prefLabel "CERV"@en .
                  FILTER(lang(?label) = "en")
                } ORDER BY ?label""");
        assertEquals(200, response.statusCode(), RunningSite.text(response));
        assertEquals("label\r\nArt4Rights\r\n", RunningSite.text(response));
    }

    @Test
    void aQuerysOwnPrefixWins() {
        HttpResponse<byte[]> response = query("PREFIX skos: <http://example.org/not-skos#>\n"
                + "SELECT (COUNT(*) AS ?n) WHERE { ?s skos:prefLabel ?o }");
        assertEquals(200, response.statusCode());
        assertEquals("n\r\n0\r\n", RunningSite.text(response));
    }

    @Test
    void anUnknownPrefixOrBrokenQueryIsStillA400WithTheParsersMessage() {
        HttpResponse<byte[]> unknown = query("SELECT * WHERE { ?s nosuch:thing ?o }");
        assertEquals(400, unknown.statusCode());
        assertTrue(RunningSite.text(unknown).contains("nosuch"), RunningSite.text(unknown));
        HttpResponse<byte[]> broken = query("SELECT * WHERE { ?s ?p }");
        assertEquals(400, broken.statusCode());
        assertTrue(RunningSite.text(broken).contains("line 1"), RunningSite.text(broken));
    }

    @Test
    void theQueryPageListsThePrefixes() {
        for (String lang : new String[] {"", "?lang=en"}) {
            String page = RunningSite.text(site.get(site.url("query" + lang), Map.of()));
            Namespaces.map().forEach((prefix, namespace) -> assertTrue(
                    page.contains("<code>" + prefix + ":</code></dt><dd><code>" + namespace + "</code>"), prefix));
        }
    }
}
