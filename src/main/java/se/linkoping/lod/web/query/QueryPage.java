package se.linkoping.lod.web.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.Namespaces;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * What the query page shows for one request, as the template's model (beside the site's frame):
 * the gallery of examples in the page's language, and the query the editor opens with. A pure
 * function of its inputs.
 *
 * <p>Links are relative to the page ({@code query?...}, {@code sparql?...}), so that they work
 * under whatever host and path the site is served.
 */
public final class QueryPage {

    /** The page's own texts, {@code templates/query/messages_{sv,en}.properties}. */
    public static final String MESSAGES = "templates.query.messages";

    private static final String EDITOR_PREFIX = "yasgui.";

    /** The query in the editor when the request names none. */
    static final String STARTER_QUERY = """
            SELECT ?subject ?predicate ?object
            WHERE { ?subject ?predicate ?object }
            LIMIT 25
            """;

    /** A link: what the reader sees and where it goes. */
    public record Link(String label, String href) {
    }

    /** One example as the gallery shows it. */
    public record ExampleView(String slug, String title, String comment, String text, String permalink,
                              List<Link> downloads) {
    }

    /**
     * The page and its HTTP status.
     *
     * @param status 200, or 404 when the request names an example that does not exist
     * @param model  the template's model
     */
    public record Rendering(int status, Map<String, Object> model) {
    }

    private QueryPage() {
    }

    /**
     * Builds the page.
     *
     * @param language the page's language
     * @param examples the gallery
     * @param example  the {@code example} parameter (a slug), or null
     * @param query    the {@code query} parameter (a query text), or null
     * @param endpoint the endpoint's absolute IRI, shown for use from other tools
     */
    public static Rendering build(PageLanguage language, ExampleQueries examples, String example, String query,
                                  String endpoint) {
        Map<String, Object> model = new HashMap<>();
        model.put("messages", MESSAGES);
        model.put("endpoint", endpoint);
        model.put("endpointPath", Iris.SPARQL_PATH);
        model.put("prefixes", Namespaces.map());
        model.put("examples", examples.all().stream().map(e -> view(e, language)).toList());
        model.put("resultFormats", DownloadFormat.forShape(false));
        model.put("graphFormats", DownloadFormat.forShape(true));
        model.put("editorLabels", editorLabels(language));

        int status = 200;
        String editorQuery = STARTER_QUERY;
        Optional<ExampleQuery> chosen = Optional.empty();
        if (example != null && !example.isBlank()) {
            chosen = examples.find(example);
            if (chosen.isEmpty()) {
                status = 404;
                model.put("missingExample", example);
            }
        } else if (query != null && !query.isBlank()) {
            editorQuery = query;
        }
        if (chosen.isPresent()) {
            editorQuery = chosen.get().text();
            model.put("editorTitle", chosen.get().title(language));
        }
        model.put("editorQuery", editorQuery);
        model.put("editorFormat", DownloadFormat.forShape(isGraphShaped(editorQuery)).get(0).mediaType());
        return new Rendering(status, model);
    }

    /** The page's title in a language. */
    public static String title(PageLanguage language) {
        return bundle(language).getString("title");
    }

    /**
     * The texts of the editor's own controls in a language, as a JSON object by name (the
     * {@code yasgui.} messages without that prefix), for the page's script to put in place of
     * Yasgui's English.
     */
    static String editorLabels(PageLanguage language) {
        ResourceBundle bundle = bundle(language);
        JsonObject labels = new JsonObject();
        bundle.keySet().stream().filter(key -> key.startsWith(EDITOR_PREFIX)).sorted()
                .forEach(key -> labels.put(key.substring(EDITOR_PREFIX.length()), bundle.getString(key)));
        return JSON.toStringFlat(labels);
    }

    private static ResourceBundle bundle(PageLanguage language) {
        return ResourceBundle.getBundle(MESSAGES, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The same page in the other language, with the same example or query in the editor. */
    public static String switchHref(PageLanguage language, String example, String query) {
        String other = "lang=" + language.other().tag();
        if (example != null && !example.isBlank()) {
            return Pages.QUERY_PATH + "?example=" + encode(example) + "&" + other;
        }
        if (query != null && !query.isBlank()) {
            return Pages.QUERY_PATH + "?query=" + encode(query) + "&" + other;
        }
        return Pages.QUERY_PATH + "?" + other;
    }

    /** The permalink that opens the editor with an example. */
    public static String permalink(ExampleQuery example, PageLanguage language) {
        return Pages.QUERY_PATH + "?example=" + encode(example.slug()) + "&lang=" + language.tag();
    }

    /** A link that runs a query on the endpoint and answers in the given format. */
    public static String download(String query, DownloadFormat format) {
        return Iris.SPARQL_PATH + "?query=" + encode(query) + "&format=" + encode(format.mediaType());
    }

    private static ExampleView view(ExampleQuery example, PageLanguage language) {
        List<Link> downloads = DownloadFormat.forShape(example.graphShape()).stream()
                .map(f -> new Link(f.label(), download(example.text(), f)))
                .toList();
        return new ExampleView(example.slug(), example.title(language), example.comment(language), example.text(),
                permalink(example, language), downloads);
    }

    private static boolean isGraphShaped(String text) {
        try {
            Query query = QueryFactory.create(text);
            return query.isConstructType() || query.isDescribeType();
        } catch (QueryException notYetValid) {
            return false;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
