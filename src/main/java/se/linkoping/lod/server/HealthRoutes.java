package se.linkoping.lod.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;

/**
 * {@code GET health} under the base's path (and {@code HEAD}): 200 and the data version as plain text
 * while the store answers, 503 when it does not. For operators and load balancers.
 */
public final class HealthRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(HealthRoutes.class);

    @Override
    public void register(Site site) {
        Http.getAndHead(site.basePath() + Pages.HEALTH_PATH, Http.text((request, response) -> {
            response.type("text/plain; charset=utf-8");
            response.header("Cache-Control", "no-store");
            try {
                DataVersion version = site.store().version();
                return "ok\nversion " + version.digest() + "\nmodified " + version.modified() + "\n";
            } catch (RuntimeException e) {
                LOG.warn("Health check: the store does not answer: {}", e.getMessage(), e);
                return site.errors().answer(request, response,
                        new HttpError(503, "unavailable: the store does not answer"));
            }
        }));
    }
}
