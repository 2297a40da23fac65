package se.linkoping.lod.web;

import java.util.LinkedHashMap;
import java.util.Map;

import spark.Request;

/**
 * Documents rendered lately, kept by URL and {@code ETag}, so that a document asked for again is
 * served without store queries or rendering.
 *
 * <p>The {@code ETag} names the data version and the variant (format, language, page of links), so a
 * new load never serves an old rendering: old entries are just not asked for again and age out. The
 * least recently used entries go first once the kept bodies pass {@link #MAX_BYTES}. A request with
 * {@code Cache-Control: no-cache} (or {@code Pragma: no-cache}) is rendered afresh, as HTTP caches do.
 * Renderings are kept as the bytes sent (UTF-8), so a page asked again is not encoded again.
 */
final class RenderedPages {

    /** The most the kept bodies may take, in bytes. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Map<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** The kept rendering for the key, or null. */
    synchronized byte[] get(String key) {
        return entries.get(key);
    }

    /** Keeps a rendering under the key. */
    synchronized void put(String key, byte[] body) {
        byte[] previous = entries.put(key, body);
        bytes += body.length - (previous == null ? 0 : previous.length);
        var eldest = entries.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= eldest.next().getValue().length;
            eldest.remove();
        }
    }

    /** True when the client asks for a fresh rendering. */
    static boolean refused(Request request) {
        String cacheControl = request.headers("Cache-Control");
        return cacheControl != null && cacheControl.toLowerCase().contains("no-cache")
                || "no-cache".equalsIgnoreCase(request.headers("Pragma"));
    }
}
