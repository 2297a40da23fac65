package se.linkoping.lod.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.web.Pages;

/** The query page as served by a real publisher server, read over HTTP as a script-less browser would. */
class QueryPageHttpTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"query\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");

    @RegisterExtension
    static final RunningSite server = TwinTownsSite.site();
    private static ExampleQueries examples;

    @BeforeAll
    static void start() {
        examples = ExampleQueries.load(TwinTownsSite.examplesFolder(), TwinTownsSite.IRIS);
    }

    @Test
    void swedishPageListsEveryExampleWithItsPermalink() throws Exception {
        HttpResponse<String> page = get("query", null);

        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertEquals("sv", page.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(page.body().contains("<html lang=\"sv\">"));
        assertTrue(page.body().contains("<form id=\"plain-query\" class=\"query-form\" method=\"get\" action=\"sparql\">"),
                "a form that runs the query without scripts");
        assertTrue(page.body().contains("<h3>Vänorter och deras länder</h3>"), page.body());
        assertTrue(page.body().contains("<h3>Allt om Joensuu</h3>"), page.body());
        assertEquals(List.of("query?example=01-twin-towns&lang=sv#editor", "query?example=02-one-town&lang=sv#editor"),
                permalinks(page.body()));
        assertTrue(page.body().contains("aria-current=\"page\">SPARQL-frågor</a>"), "the navigation marks this page");
    }

    @Test
    void englishPageByParameterOrByAcceptLanguage() throws Exception {
        for (HttpResponse<String> page : List.of(get("query?lang=en", null), get("query", "en-GB,en;q=0.8"))) {
            assertEquals(200, page.statusCode());
            assertEquals("en", page.headers().firstValue("Content-Language").orElseThrow());
            assertTrue(page.body().contains("<h3>Twin towns and their countries</h3>"), page.body());
            assertTrue(page.body().contains("<h3>Everything about Joensuu</h3>"), page.body());
            assertEquals(List.of("query?example=01-twin-towns&lang=en#editor",
                    "query?example=02-one-town&lang=en#editor"), permalinks(page.body()));
        }
    }

    @Test
    void numbersAreWrittenTheWayThePagesLanguageWritesThem() throws Exception {
        String swedish = get("query", null).body();
        String english = get("query?lang=en", null).body();

        assertTrue(swedish.contains("10\u00a0000 rader") && swedish.contains("65\u00a0536 byte"), swedish);
        assertTrue(english.contains("10,000 rows") && english.contains("65,536 bytes"), english);
    }

    @Test
    void aReaderOfAnotherLanguageThanSwedishGetsEnglish() throws Exception {
        for (String accept : List.of("de-DE,de;q=0.9", "fi", "fr-CA,fr;q=0.8,*;q=0.5")) {
            HttpResponse<String> page = get("query", accept);
            assertEquals("en", page.headers().firstValue("Content-Language").orElseThrow(), accept);
            assertTrue(page.body().contains("Twin towns and their countries"), accept);
        }
        assertEquals("sv", get("query", "de,sv;q=0.5").headers().firstValue("Content-Language").orElseThrow());
    }

    @Test
    void followingAPermalinkFillsTheEditorWithTheResolvedQuery() throws Exception {
        String gallery = get("query?lang=en", null).body();
        for (String permalink : permalinks(gallery)) {
            HttpResponse<String> page = get(permalink.substring(0, permalink.indexOf('#')), null);
            String slug = permalink.substring("query?example=".length(), permalink.indexOf('&'));

            assertEquals(200, page.statusCode());
            assertEquals(examples.find(slug).orElseThrow().text(), textarea(page.body()));
            assertTrue(textarea(page.body()).contains("<http://localhost:8080/"), page.body());
        }
    }

    @Test
    void theDownloadLinksRunTheExampleOnTheEndpoint() throws Exception {
        String gallery = get("query", null).body();
        String csv = hrefs(gallery).stream().filter(h -> h.endsWith("format=text%2Fcsv")).findFirst().orElseThrow();
        String turtle = hrefs(gallery).stream().filter(h -> h.endsWith("format=text%2Fturtle")).findFirst()
                .orElseThrow();

        HttpResponse<String> table = get(csv, null);
        assertEquals(200, table.statusCode());
        assertTrue(table.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("town,name,country", table.body().lines().findFirst().orElseThrow());
        assertTrue(table.body().contains("http://localhost:8080/id/twin-town/joensuu,Joensuu,Finland"), table.body());
        assertEquals(6, table.body().lines().count());

        HttpResponse<String> graph = get(turtle, null);
        assertEquals(200, graph.statusCode());
        assertTrue(graph.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        assertTrue(graph.body().contains("Joensuu"), graph.body());
    }

    @Test
    void aQueryParameterFillsTheEditor() throws Exception {
        HttpResponse<String> page = get("query?query=ASK+%7B+%3Fs+%3Fp+%22%3Cb%3E%22+%7D", null);

        assertEquals(200, page.statusCode());
        assertEquals("ASK { ?s ?p \"<b>\" }", textarea(page.body()));
    }

    @Test
    void anUnknownExampleIsNotFound() throws Exception {
        HttpResponse<String> page = get("query?example=99-nothing", null);

        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<code>99-nothing</code>"), page.body());
    }

    @Test
    void theEditorsFilesComeFromOurOwnServer() throws Exception {
        for (String asset : List.of("yasgui/yasgui.min.js", "yasgui/yasgui.min.css", "query-page/query.js",
                "query-page/query.css")) {
            HttpResponse<String> response = get(asset, null);
            assertEquals(200, response.statusCode(), asset);
            assertTrue(response.body().length() > 500, asset);
        }
    }

    /**
     * SparkJava answers from its static files before any route, and inside a jar a folder counts as a
     * file: a folder {@code static/query} would make {@code /query} an empty download.
     */
    @Test
    void noStaticFolderHidesThePage() {
        assertNull(QueryPageHttpTest.class.getResource("/static/" + Pages.QUERY_PATH));
    }

    private static HttpResponse<String> get(String relative, String acceptLanguage)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.root() + relative)).GET();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> permalinks(String html) {
        return hrefs(html).stream().filter(h -> h.startsWith("query?example=")).toList();
    }

    private static List<String> hrefs(String html) {
        List<String> hrefs = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            hrefs.add(unescape(matcher.group(1)));
        }
        return hrefs;
    }

    private static String textarea(String html) {
        Matcher matcher = TEXTAREA.matcher(html);
        assertTrue(matcher.find(), html);
        return unescape(matcher.group(1));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
