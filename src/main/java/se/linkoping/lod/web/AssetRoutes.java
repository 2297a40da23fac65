package se.linkoping.lod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import spark.Request;
import spark.Response;

/**
 * Static files from {@code static/} on the class path at {@code /static/...} (our style sheet and
 * what other pages put there), with their media type and a day of caching. Paths with {@code ..}
 * or unknown extensions are not served.
 */
public final class AssetRoutes implements Routes {

    private static final String FOLDER = "static/";
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=utf-8",
            "md", "text/markdown; charset=utf-8",
            "json", "application/json");

    private final Site site;

    public AssetRoutes(Site site) {
        this.site = site;
    }

    @Override
    public void register() {
        LinkedDataRoutes.both(site.basePath() + FOLDER + "*", this::asset);
    }

    private Object asset(Request request, Response response) {
        String path = request.splat()[0];
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (path.contains("..") || path.startsWith("/") || type == null) {
            throw new NotFoundException(request.pathInfo());
        }
        try (InputStream in = AssetRoutes.class.getClassLoader().getResourceAsStream(FOLDER + path)) {
            if (in == null) {
                throw new NotFoundException(request.pathInfo());
            }
            response.type(type);
            response.header("Cache-Control", "public, max-age=86400");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the asset " + path, e);
        }
    }
}
