package se.linkoping.lod.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import spark.Spark;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;

/**
 * {@code GET /health}: 200 and the data version as plain text while the store answers, 503 when
 * it does not. For operators and load balancers.
 */
public final class HealthRoutes implements Routes {

    /** The path of the health check. */
    public static final String PATH = "/health";

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    private final Store store;

    public HealthRoutes(Store store) {
        this.store = store;
    }

    @Override
    public void register() {
        Spark.get(PATH, (request, response) -> {
            response.type("text/plain; charset=utf-8");
            response.header("Cache-Control", "no-store");
            try {
                DataVersion version = store.version();
                return "ok\nversion " + version.digest() + "\nmodified " + version.modified() + "\n";
            } catch (RuntimeException e) {
                LOG.warn("Health check: the store does not answer: {}", e.getMessage(), e);
                response.status(503);
                return "unavailable: the store does not answer\n";
            }
        });
    }
}
