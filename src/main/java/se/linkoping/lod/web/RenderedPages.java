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
 */
final class RenderedPages {

    /** The most the kept bodies may take (characters of HTML count two bytes). */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private final Map<String, Object> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    /** The kept rendering for the key, or null. */
    synchronized Object get(String key) {
        return entries.get(key);
    }

    /** Keeps a rendering ({@code String} or {@code byte[]}) under the key. */
    synchronized void put(String key, Object body) {
        Object previous = entries.put(key, body);
        bytes += size(body) - (previous == null ? 0 : size(previous));
        var eldest = entries.entrySet().iterator();
        while (bytes > MAX_BYTES && eldest.hasNext()) {
            bytes -= size(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** True when the client asks for a fresh rendering. */
    static boolean refused(Request request) {
        String cacheControl = request.headers("Cache-Control");
        return cacheControl != null && cacheControl.toLowerCase().contains("no-cache")
                || "no-cache".equalsIgnoreCase(request.headers("Pragma"));
    }

    private static long size(Object body) {
        return body instanceof byte[] raw ? raw.length : 2L * ((String) body).length();
    }
}
