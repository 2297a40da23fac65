package se.linkoping.lod.web.query;

import java.nio.file.Path;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.Routes;
import spark.Request;
import spark.Response;
import spark.Spark;

/**
 * The SPARQL query page for people, {@code GET /query}: a Yasgui editor on the site's own endpoint
 * ({@code /sparql}), a plain form that works without scripts, and the gallery of example queries.
 *
 * <p>Parameters: {@code lang} ({@code sv} or {@code en}; else {@code Accept-Language}, else Swedish),
 * {@code example} (a slug from the examples' folder: the editor opens with that example) and
 * {@code query} (a query text: the editor opens with it).
 */
public final class QueryPageRoutes implements Routes {

    private static final String STATIC_FILES = "/static";

    private final ExampleQueries examples;
    private final String endpoint;
    private final QueryPageTemplate template = new QueryPageTemplate();

    /**
     * Reads the examples once, now.
     *
     * @param examplesFolder the folder of {@code NN-slug.rq} files
     * @param iris           the IRIs under the configured base
     */
    public QueryPageRoutes(Path examplesFolder, Iris iris) {
        this.examples = ExampleQueries.load(examplesFolder, iris);
        this.endpoint = iris.resolve(QueryPage.ENDPOINT_PATH);
    }

    /**
     * Registers the page, and makes sure the site's static files (where the editor's scripts and
     * styles are) are served: {@code static/} on the class path at the site's root. That setting is
     * SparkJava's, one for the whole web app; SparkJava keeps the first location it is given.
     */
    @Override
    public void register() {
        Spark.staticFiles.location(STATIC_FILES);
        Spark.get("/" + QueryPage.PATH, this::page);
    }

    private String page(Request request, Response response) {
        PageLanguage language = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        QueryPage.Rendering page = QueryPage.build(language, examples, request.queryParams("example"),
                request.queryParams("query"), endpoint);
        response.status(page.status());
        response.type("text/html; charset=utf-8");
        response.header("Content-Language", language.tag());
        response.header("Vary", "Accept-Language");
        return template.render(page, language);
    }
}
