package se.linkoping.lod.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;
import se.linkoping.lod.web.WebRoutes;
import se.linkoping.lod.web.catalog.CatalogWebRoutes;
import se.linkoping.lod.web.query.QueryPageRoutes;

/** The whole published site as route groups: what {@code serve} runs, and what the tests start. */
public final class SiteRoutes {

    private SiteRoutes() {
    }

    /**
     * @param queries the folder of example queries for the query page
     * @param dumps   where the dumps of each data version are written and served from
     */
    public static List<Routes> all(Store store, Iris iris, Path queries, CatalogSettings catalog, Dumps dumps) {
        return all(store, iris, queries, catalog, dumps, QueryLimits.DEFAULTS);
    }

    /** The site, its query page stating the SPARQL endpoint's {@code limits}. */
    public static List<Routes> all(Store store, Iris iris, Path queries, CatalogSettings catalog, Dumps dumps,
                                   QueryLimits limits) {
        List<Routes> routes = new ArrayList<>();
        routes.add(new HealthRoutes(store));
        routes.add(new QueryPageRoutes(queries, iris, store, limits));
        routes.addAll(CatalogWebRoutes.all(store, iris, catalog, dumps));
        routes.addAll(WebRoutes.all(store, iris));
        return routes;
    }

    /** The main paths and what they serve, for the start-up message. */
    public static List<String[]> urls(boolean withSparql) {
        List<String[]> urls = new ArrayList<>();
        urls.add(new String[] {"", "home page"});
        if (withSparql) {
            urls.add(new String[] {"sparql", "SPARQL endpoint"});
        }
        urls.add(new String[] {"query", "query page"});
        urls.add(new String[] {"datasets/dcat", "DCAT-AP-SE catalogue"});
        urls.add(new String[] {".well-known/void", "VoID description"});
        urls.add(new String[] {"dumps/all.nt.gz", "dump of all the data"});
        urls.add(new String[] {"sitemap.xml", "sitemap"});
        urls.add(new String[] {"health", "health check"});
        return urls;
    }
}
