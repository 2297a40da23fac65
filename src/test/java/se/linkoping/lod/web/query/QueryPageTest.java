package se.linkoping.lod.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.view.PageLanguage;

class QueryPageTest {

    private static final Iris IRIS = new Iris("http://localhost:8080/");
    private static final String ENDPOINT = IRIS.resolve("sparql");

    private static final ExampleQuery PROJECTS = ExampleQueries.parse("01-projects", """
            # sv: Alla projekt
            # en: All projects
            # sv: Titlar <em>och</em> IRI:er.
            # en: Titles <em>and</em> IRIs.
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?project ?title WHERE { ?project dct:title ?title FILTER (?title != "<b>") }
            """, IRIS);
    private static final ExampleQuery GRAPH = ExampleQueries.parse("02-graph", """
            # sv: Hela grafen
            # en: The whole graph
            CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }
            """, IRIS);
    private static final ExampleQueries EXAMPLES = new ExampleQueries(List.of(PROJECTS, GRAPH));

    @Test
    void listsEveryExampleInThePagesLanguageWithItsPermalink() {
        List<QueryPage.ExampleView> sv = examples(QueryPage.build(PageLanguage.SV, EXAMPLES, null, null, ENDPOINT));
        List<QueryPage.ExampleView> en = examples(QueryPage.build(PageLanguage.EN, EXAMPLES, null, null, ENDPOINT));

        assertEquals(List.of("Alla projekt", "Hela grafen"), sv.stream().map(QueryPage.ExampleView::title).toList());
        assertEquals(List.of("All projects", "The whole graph"), en.stream().map(QueryPage.ExampleView::title).toList());
        assertEquals("query?example=01-projects&lang=sv", sv.get(0).permalink());
        assertEquals("query?example=02-graph&lang=en", en.get(1).permalink());
    }

    @Test
    void offersResultFormatsForSelectAndGraphFormatsForConstruct() {
        List<QueryPage.ExampleView> views = examples(QueryPage.build(PageLanguage.SV, EXAMPLES, null, null, ENDPOINT));

        assertEquals(List.of("JSON", "XML", "CSV", "TSV"), labels(views.get(0)));
        assertEquals(List.of("Turtle", "JSON-LD", "RDF/XML", "N-Triples"), labels(views.get(1)));
        String csv = views.get(0).downloads().get(2).href();
        assertTrue(csv.startsWith("sparql?query="), csv);
        assertTrue(csv.endsWith("&format=text%2Fcsv"), csv);
        String query = URLDecoder.decode(csv.substring("sparql?query=".length(), csv.indexOf("&format=")),
                StandardCharsets.UTF_8);
        assertEquals(PROJECTS.text(), query);
    }

    @Test
    void anExampleOpensInTheEditor() {
        QueryPage.Rendering page = QueryPage.build(PageLanguage.EN, EXAMPLES, "02-graph", null, ENDPOINT);

        assertEquals(200, page.status());
        assertEquals(GRAPH.text(), page.model().get("editorQuery"));
        assertEquals("The whole graph", page.model().get("editorTitle"));
        assertEquals("text/turtle", page.model().get("editorFormat"));
    }

    @Test
    void aQueryTextOpensInTheEditor() {
        String text = "ASK { ?s ?p ?o }";
        QueryPage.Rendering page = QueryPage.build(PageLanguage.SV, EXAMPLES, null, text, ENDPOINT);

        assertEquals(text, page.model().get("editorQuery"));
        assertEquals("application/sparql-results+json", page.model().get("editorFormat"));
        assertNull(page.model().get("editorTitle"));
    }

    @Test
    void withoutParametersTheEditorStartsWithAStarterQuery() {
        QueryPage.Rendering page = QueryPage.build(PageLanguage.SV, EXAMPLES, null, "  ", ENDPOINT);

        assertEquals(QueryPage.STARTER_QUERY, page.model().get("editorQuery"));
    }

    @Test
    void anUnknownExampleIsNotFound() {
        QueryPage.Rendering page = QueryPage.build(PageLanguage.SV, EXAMPLES, "99-nothing", null, ENDPOINT);

        assertEquals(404, page.status());
        assertEquals("99-nothing", page.model().get("missingExample"));
        assertEquals(QueryPage.STARTER_QUERY, page.model().get("editorQuery"));
    }

    @Test
    void theTemplateShowsTheGalleryAndAPlainFormEscaped() {
        QueryPage.Rendering page = QueryPage.build(PageLanguage.EN, EXAMPLES, "01-projects", null, ENDPOINT);
        String html = render(page, PageLanguage.EN);

        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("<h3>All projects</h3>"), html);
        assertTrue(html.contains("<h3>The whole graph</h3>"), html);
        assertTrue(html.contains("href=\"query?example=01-projects&amp;lang=en#editor\""), html);
        assertTrue(html.contains("<form id=\"plain-query\" class=\"query-form\" method=\"get\" action=\"sparql\">"), html);
        assertTrue(html.contains("<option value=\"text/turtle\">Turtle</option>"), html);
        assertTrue(html.contains("<option value=\"application/sparql-results+json\" selected>JSON</option>"), html);
        assertTrue(html.contains("Titles &lt;em&gt;and&lt;/em&gt; IRIs."), html);
        assertFalse(html.contains("<em>and</em>"), html);
        assertTrue(html.contains("&quot;&lt;b&gt;&quot;"), html);
        assertTrue(html.contains("Query the data with SPARQL"), html);
        assertTrue(html.contains("<code>http://localhost:8080/sparql</code>"), html);
    }

    @Test
    void theTemplateSpeaksSwedishByDefault() {
        QueryPage.Rendering page = QueryPage.build(PageLanguage.SV, EXAMPLES, null, null, ENDPOINT);
        String html = render(page, PageLanguage.SV);

        assertTrue(html.contains("<html lang=\"sv\">"), html);
        assertTrue(html.contains("Fråga data med SPARQL"), html);
        assertTrue(html.contains("Öppna i redigeraren"), html);
        assertTrue(html.contains("<h3>Alla projekt</h3>"), html);
    }

    @Test
    void theOtherLanguageKeepsTheEditorsQuery() {
        assertEquals("query?lang=en", QueryPage.switchHref(PageLanguage.SV, null, null));
        assertEquals("query?example=02-graph&lang=sv", QueryPage.switchHref(PageLanguage.EN, "02-graph", null));
        assertEquals("query?query=ASK+%7B%7D&lang=en", QueryPage.switchHref(PageLanguage.SV, "", "ASK {}"));
        assertEquals("Fråga data med SPARQL", QueryPage.title(PageLanguage.SV));
        assertEquals("Query the data with SPARQL", QueryPage.title(PageLanguage.EN));
    }

    private static String render(QueryPage.Rendering page, PageLanguage language) {
        PageFrame frame = PageFrame.of(language, QueryPage.title(language), "/", Pages.QUERY_PATH,
                QueryPage.switchHref(language, null, null), List.of(), null,
                new DataVersion("test", Instant.parse("2025-01-01T00:00:00Z")));
        Map<String, Object> model = new HashMap<>(page.model());
        model.put("page", frame);
        return new Templates().render("query/page", model, language);
    }

    @SuppressWarnings("unchecked")
    private static List<QueryPage.ExampleView> examples(QueryPage.Rendering page) {
        return (List<QueryPage.ExampleView>) page.model().get("examples");
    }

    private static List<String> labels(QueryPage.ExampleView view) {
        return view.downloads().stream().map(QueryPage.Link::label).toList();
    }
}
