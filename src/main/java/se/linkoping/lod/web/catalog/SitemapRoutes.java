package se.linkoping.lod.web.catalog;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import spark.Request;
import spark.Response;

import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.catalog.Sitemap;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;

/**
 * For search engines: {@code /sitemap.xml} lists every HTML page, {@code /robots.txt} allows
 * everything and names the sitemap.
 */
public final class SitemapRoutes implements Routes {

    private final Store store;
    private final Iris iris;
    private final Sitemap sitemap;
    private final PerVersion<DataVersion, byte[]> xml = new PerVersion<>();

    public SitemapRoutes(Store store, Iris iris) {
        this.store = store;
        this.iris = iris;
        this.sitemap = new Sitemap(iris);
    }

    @Override
    public void register() {
        RoutePaths.getAndHead(iris, CatalogIris.SITEMAP, this::sitemap);
        RoutePaths.getAndHead(iris, "robots.txt", this::robots);
    }

    private Object sitemap(Request request, Response response) {
        DataVersion version = store.version();
        if (Conditional.notModified(request, response, version, "sitemap")) {
            return "";
        }
        byte[] body = xml.get(version, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Sitemap.write(sitemap.pages(store), version.modified(), out);
            return out.toByteArray();
        });
        response.type("application/xml; charset=utf-8");
        response.raw().setContentLength(body.length);
        return RoutePaths.isHead(request) ? "" : body;
    }

    private Object robots(Request request, Response response) {
        response.type("text/plain; charset=utf-8");
        return String.join("\n", "User-agent: *", "Allow: /", "Sitemap: " + iris.resolve(CatalogIris.SITEMAP), "");
    }
}
