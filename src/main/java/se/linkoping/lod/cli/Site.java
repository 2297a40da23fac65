package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.HealthRoutes;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;
import se.linkoping.lod.web.query.QueryPageRoutes;

/** The site: which route groups the server runs, and the URLs it announces. */
final class Site {

    private Site() {
    }

    static List<Routes> routes(Store store, Iris iris, Path queries) {
        List<Routes> routes = new ArrayList<>();
        routes.add(new HealthRoutes(store));
        routes.add(new QueryPageRoutes(queries, iris, store));
        return routes;
    }

    /** Paths and what they serve, for the start-up message. */
    static List<String[]> urls(boolean withSparql) {
        List<String[]> urls = new ArrayList<>();
        if (withSparql) {
            urls.add(new String[] {"sparql", "SPARQL endpoint"});
        }
        urls.add(new String[] {"query", "query page"});
        urls.add(new String[] {"health", "health check"});
        return urls;
    }
}
