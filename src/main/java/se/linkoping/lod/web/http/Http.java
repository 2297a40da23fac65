package se.linkoping.lod.web.http;

import spark.Request;
import spark.Route;
import spark.Spark;

/**
 * Registers routes for GET and HEAD alike, so that HEAD carries the GET's headers (SparkJava answers
 * an unmapped HEAD with an empty 200 without them), and marks the routes that answer machines, whose
 * errors are plain text.
 */
public final class Http {

    /** The response header naming the data version that answered (its digest, the catalogue's {@code dcat:version}). */
    public static final String DATA_VERSION = "Data-Version";

    /**
     * The request attribute by which a route marks its response as one the server may keep whole and
     * send again to the same request, without asking the app, until the data version changes (the
     * server's kept responses: a shared cache in front of the web app). Only responses that are the
     * same for every client asking with the same URL and the headers named in their {@code Vary} may
     * be marked; see {@link #keepable}.
     */
    public static final String KEEPABLE = "se.linkoping.lod.keepable";

    private static final String TEXT_ERRORS = Http.class.getName() + ".textErrors";

    private Http() {
    }

    /** Maps GET and HEAD of a server path (the base path and the address under it) to the route. */
    public static void getAndHead(String path, Route route) {
        Spark.get(path, route);
        Spark.head(path, route);
    }

    /** Marks the response to this request as {@linkplain #KEEPABLE keepable}, if it is a {@code 200}. */
    public static void keepable(Request request) {
        request.attribute(KEEPABLE, Boolean.TRUE);
    }

    /** The route, with its errors answered in plain text rather than as an HTML page. */
    public static Route text(Route route) {
        return (request, response) -> {
            request.attribute(TEXT_ERRORS, Boolean.TRUE);
            return route.handle(request, response);
        };
    }

    /** True when the request was taken by a route marked {@link #text}. */
    static boolean answersText(Request request) {
        return Boolean.TRUE.equals(request.attribute(TEXT_ERRORS));
    }

    /** True for a HEAD request: the route sets the headers and leaves the body out. */
    public static boolean isHead(Request request) {
        return "HEAD".equals(request.requestMethod());
    }
}
