package se.linkoping.lod.web;

import java.util.Set;

import se.linkoping.lod.model.Iris;
import spark.Request;
import spark.Response;
import spark.Spark;

/**
 * One address per page: a path of the site that ends in a slash (other than the base itself) is
 * redirected, 301 and with its query, to the same path without it, so that
 * {@code /doc/project/art4rights/} is not a second copy of {@code /doc/project/art4rights}. The bare
 * prefixes of things and documents ({@code /id/}, {@code /doc/}) name no page and stay not found.
 */
public final class TrailingSlashes implements RouteGroup {

    @Override
    public void register(Site site) {
        String base = site.basePath();
        Set<String> barePrefixes = Set.of(base + Iris.ID_PATH, base + Iris.DOC_PATH);
        Spark.before((request, response) -> {
            if (!barePrefixes.contains(request.pathInfo())) {
                redirect(base, request, response);
            }
        });
    }

    private static void redirect(String base, Request request, Response response) {
        String path = request.pathInfo();
        if (path == null || !path.endsWith("/") || path.length() <= base.length() || !path.startsWith(base)
                || !("GET".equals(request.requestMethod()) || "HEAD".equals(request.requestMethod()))) {
            return;
        }
        String trimmed = path.replaceAll("/+$", "");
        String query = request.queryString();
        response.header("Location", query == null ? trimmed : trimmed + "?" + query);
        Spark.halt(301);
    }
}
