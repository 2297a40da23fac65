package se.linkoping.lod.web.catalog;

import java.io.ByteArrayOutputStream;

import spark.Request;
import spark.Response;

import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.catalog.Sitemap;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.PerVersion;

/**
 * For search engines: {@code /sitemap.xml} lists every HTML page, {@code /robots.txt} allows
 * everything and names the sitemap.
 */
public final class SitemapRoutes implements RouteGroup {

    private final PerVersion<DataVersion, byte[]> xml = new PerVersion<>();
    private Store store;
    private Iris iris;
    private Sitemap sitemap;

    @Override
    public void register(Site site) {
        this.store = site.store();
        this.iris = site.iris();
        this.sitemap = new Sitemap(iris, site.pages().sitemap());
        Http.getAndHead(site.basePath() + CatalogIris.SITEMAP, Http.text(this::sitemap));
        Http.getAndHead(site.basePath() + "robots.txt", Http.text(this::robots));
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
        return Http.isHead(request) ? "" : body;
    }

    private Object robots(Request request, Response response) {
        response.type("text/plain; charset=utf-8");
        return String.join("\n", "User-agent: *", "Allow: /", "Sitemap: " + iris.resolve(CatalogIris.SITEMAP), "");
    }
}
