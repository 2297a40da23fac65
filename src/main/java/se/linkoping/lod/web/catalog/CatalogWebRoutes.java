package se.linkoping.lod.web.catalog;

import java.util.List;

import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;

/**
 * The route groups that make the site harvestable, ready for the web app beside
 * {@code WebRoutes.all(store, iris)}: the catalogue and VoID, the dumps, the sitemap and robots.txt.
 */
public final class CatalogWebRoutes {

    private CatalogWebRoutes() {
    }

    /** {@code /datasets/dcat}, {@code /.well-known/void}, {@code /dumps/*}, {@code /sitemap.xml}, {@code /robots.txt}. */
    public static List<Routes> all(Store store, Iris iris, CatalogSettings settings, Dumps dumps) {
        return List.of(new CatalogRoutes(store, iris, settings, dumps), new DumpRoutes(store, iris, dumps),
                new SitemapRoutes(store, iris));
    }
}
