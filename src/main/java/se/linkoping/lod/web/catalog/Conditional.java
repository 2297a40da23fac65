package se.linkoping.lod.web.catalog;

import spark.Request;
import spark.Response;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.HttpCaching;

/**
 * Sets {@code ETag}, {@code Last-Modified} and {@code Cache-Control} on a response derived from the
 * data, and tells whether the client's copy is current.
 */
final class Conditional {

    private Conditional() {
    }

    /** Sets the validators; true when the answer is 304 Not Modified (the status is then set). */
    static boolean notModified(Request request, Response response, DataVersion version, String variant) {
        HttpCaching caching = HttpCaching.of(version, variant);
        response.header("ETag", caching.etag());
        response.header("Last-Modified", caching.lastModified());
        response.header("Cache-Control", HttpCaching.CACHE_CONTROL);
        if (caching.notModified(request.headers("If-None-Match"), request.headers("If-Modified-Since"))) {
            response.status(304);
            return true;
        }
        return false;
    }
}
