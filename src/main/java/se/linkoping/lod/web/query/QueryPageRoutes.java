package se.linkoping.lod.web.query;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.PageLanguage;
import se.linkoping.lod.web.Routes;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.WebApp;
import spark.Request;
import spark.Response;
import spark.Spark;

/**
 * The SPARQL query page for people, {@code GET /query}, in the site's layout: a Yasgui editor on
 * the site's own endpoint ({@code /sparql}), a plain form that works without scripts, and the
 * gallery of example queries.
 *
 * <p>Parameters: {@code lang} ({@code sv} or {@code en}; else {@code Accept-Language}, else Swedish),
 * {@code example} (a slug from the examples' folder: the editor opens with that example) and
 * {@code query} (a query text: the editor opens with it).
 */
public final class QueryPageRoutes implements Routes {

    private static final String TEMPLATE = "query/page";

    private final ExampleQueries examples;
    private final String endpoint;
    private final Site site;
    private final QueryLimits limits;

    /** The page for an endpoint with the default {@link QueryLimits}. */
    public QueryPageRoutes(Path examplesFolder, Iris iris, Store store) {
        this(examplesFolder, iris, store, QueryLimits.DEFAULTS);
    }

    /**
     * Reads the examples once, now.
     *
     * @param examplesFolder the folder of {@code NN-slug.rq} files
     * @param iris           the IRIs under the configured base
     * @param store          the published data (for the date of the data in the page's footer)
     * @param limits         the endpoint's limits, stated on the page
     */
    public QueryPageRoutes(Path examplesFolder, Iris iris, Store store, QueryLimits limits) {
        this.examples = ExampleQueries.load(examplesFolder, iris);
        this.endpoint = iris.resolve(QueryPage.ENDPOINT_PATH);
        this.site = new Site(store, iris);
        this.limits = limits;
    }

    /** Registers the page; its scripts and styles are among the site's static files, which {@link WebApp} serves. */
    @Override
    public void register() {
        Spark.get(site.basePath() + QueryPage.PATH, this::page);
    }

    private String page(Request request, Response response) {
        PageLanguage language = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        String example = request.queryParams("example");
        String query = request.queryParams("query");
        QueryPage.Rendering page = QueryPage.build(language, examples, example, query, endpoint);
        PageFrame frame = PageFrame.of(language, QueryPage.title(language), site.basePath(), QueryPage.PATH,
                QueryPage.switchHref(language, example, query), List.of(), null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, language);
        model.putAll(page.model());
        model.put("limitSeconds", limits.timeout().toSeconds());
        model.put("limitRows", limits.maxResultRows());
        model.put("limitBytes", limits.maxQueryBytes());
        model.put("limitConcurrent", limits.maxConcurrentPerClient());
        response.status(page.status());
        response.type("text/html; charset=utf-8");
        response.header("Content-Language", language.tag());
        response.header("Vary", "Accept-Language");
        return site.templates().render(TEMPLATE, model, language);
    }
}
