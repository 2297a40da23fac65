package se.linkoping.lod.web.query;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.WebApp;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.view.PageLanguage;
import spark.Request;
import spark.Response;

/**
 * The SPARQL query page for people, {@code GET /query}, in the site's layout: a Yasgui editor on
 * the site's own endpoint ({@code /sparql}), a plain form that works without scripts, and the
 * gallery of example queries. It states the endpoint's limits ({@link Site#limits()}).
 *
 * <p>Parameters: {@code lang} ({@code sv} or {@code en}; else {@code Accept-Language}, else Swedish),
 * {@code example} (a slug from the examples' folder: the editor opens with that example) and
 * {@code query} (a query text: the editor opens with it).
 */
public final class QueryPageRoutes implements RouteGroup {

    private static final String TEMPLATE = "query/page";

    private final ExampleQueries examples;
    private String endpoint;
    private Site site;

    /**
     * Reads the examples once, now: a file that is not a valid example stops the start.
     *
     * @param examplesFolder the folder of {@code NN-slug.rq} files
     * @param iris           the IRIs under the configured base, against which the examples are resolved
     */
    public QueryPageRoutes(Path examplesFolder, Iris iris) {
        this.examples = ExampleQueries.load(examplesFolder, iris);
    }

    /** Registers the page; its scripts and styles are among the site's static files, which {@link WebApp} serves. */
    @Override
    public void register(Site site) {
        this.site = site;
        this.endpoint = site.iris().resolve(Iris.SPARQL_PATH);
        Http.getAndHead(site.basePath() + Pages.QUERY_PATH, this::page);
    }

    private String page(Request request, Response response) {
        PageLanguage language = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        String example = request.queryParams("example");
        String query = request.queryParams("query");
        QueryPage.Rendering page = QueryPage.build(language, examples, example, query, endpoint);
        DataVersion version = site.store().version();
        PageFrame frame = PageFrame.of(language, QueryPage.title(language), site.basePath(), Pages.QUERY_PATH,
                QueryPage.switchHref(language, example, query), List.of(), null, version);
        Map<String, Object> model = site.pageModel(frame, language);
        model.putAll(page.model());
        QueryLimits limits = site.limits();
        NumberFormat numbers = NumberFormat.getIntegerInstance(language.locale());
        model.put("limitSeconds", numbers.format(limits.timeout().toSeconds()));
        model.put("limitRows", numbers.format(limits.maxResultRows()));
        model.put("limitBytes", numbers.format(limits.maxQueryBytes()));
        model.put("limitConcurrent", numbers.format(limits.maxConcurrentPerClient()));
        response.status(page.status());
        response.type("text/html; charset=utf-8");
        response.header("Content-Language", language.tag());
        response.header("Vary", "Accept-Language");
        response.header(Http.DATA_VERSION, version.digest());
        return site.templates().render(TEMPLATE, model, language);
    }
}
