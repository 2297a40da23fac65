package se.linkoping.lod.web.http;

import spark.Request;
import spark.Response;

import se.linkoping.lod.store.DataVersion;

/**
 * Conditional GET for a response derived from the data: sets {@code ETag}, {@code Last-Modified} and
 * {@code Cache-Control}, and answers 304 Not Modified when the client's copy is current.
 */
public final class Conditional {

    private Conditional() {
    }

    /**
     * Sets the validators of one representation; true when the answer is 304 Not Modified (the status is
     * then set and the route answers with an empty body).
     *
     * @param variant what distinguishes this representation from others of the same URL (see {@link HttpCaching#of})
     */
    public static boolean notModified(Request request, Response response, DataVersion version, String variant) {
        return notModified(request, response, HttpCaching.of(version, variant));
    }

    /** The same with the validators made already. */
    public static boolean notModified(Request request, Response response, HttpCaching caching) {
        return notModified(request, response, caching, HttpCaching.CACHE_CONTROL);
    }

    /** The same with a {@code Cache-Control} of its own (a page that never changes may be kept long). */
    public static boolean notModified(Request request, Response response, HttpCaching caching, String cacheControl) {
        response.header("ETag", caching.etag());
        response.header("Last-Modified", caching.lastModified());
        response.header("Cache-Control", cacheControl);
        if (caching.notModified(request.headers("If-None-Match"), request.headers("If-Modified-Since"))) {
            response.status(304);
            return true;
        }
        return false;
    }
}
