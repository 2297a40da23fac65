package se.linkoping.lod.web.catalog;

import java.net.URI;

import spark.Request;
import spark.Route;
import spark.Spark;

import se.linkoping.lod.model.Iris;

/**
 * Registers routes under the path of the public base, as the other route groups mount theirs, for
 * GET and HEAD alike (SparkJava answers an unmapped HEAD with an empty 200 without the GET's headers).
 */
final class RoutePaths {

    private RoutePaths() {
    }

    /** Maps GET and HEAD of an address relative to the base to the route. */
    static void getAndHead(Iris iris, String relative, Route route) {
        String path = of(iris, relative);
        Spark.get(path, route);
        Spark.head(path, route);
    }

    /** True for a HEAD request: the route sets the headers and leaves the body out. */
    static boolean isHead(Request request) {
        return "HEAD".equals(request.requestMethod());
    }

    /** The server path of an address relative to the base, e.g. {@code /datasets/dcat}. */
    static String of(Iris iris, String relative) {
        return URI.create(iris.base()).getRawPath() + relative;
    }
}
