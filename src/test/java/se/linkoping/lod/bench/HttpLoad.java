package se.linkoping.lod.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A load generator: sends GET requests to a server for a while and says how fast and how quickly it answered. */
interface HttpLoad {

    /**
     * Sends requests for {@code duration} over {@code connections} kept-alive connections.
     *
     * @param root        the server's root URL, e.g. {@code http://127.0.0.1:8080}
     * @param paths       the paths to request, in turn (one path repeats the same request)
     * @param headers     request headers
     */
    Measurement run(String root, List<String> paths, Map<String, String> headers, int connections, Duration duration);

    /** Its name and version, for the results. */
    String name();

    /** {@code wrk} when it is installed, else the Java one. */
    static HttpLoad best() {
        return WrkLoad.available() ? new WrkLoad() : new JavaLoad();
    }
}
