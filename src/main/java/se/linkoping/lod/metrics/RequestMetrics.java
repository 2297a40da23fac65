package se.linkoping.lod.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Counts and times every request by the kind of page ({@link PageKind}) and the status answered:
 * {@code lod_http_server_requests_seconds} (a histogram), SPARQL queries refused for too many at once
 * ({@code lod_sparql_refused_total}, 429) and cancelled for time ({@code lod_sparql_timeouts_total},
 * 503), and the store reads a page needed ({@code lod_store_reads_per_page}, from the page's
 * {@value #STORE_READS_HEADER} header).
 */
public final class RequestMetrics extends Handler.Wrapper {

    /** The header in which pages report the store queries they needed. */
    public static final String STORE_READS_HEADER = "X-Store-Queries";

    private final MeterRegistry registry;
    private final String basePath;
    private final Counter refused;
    private final Counter timeouts;

    /** @param basePath the path of the public base ({@code /} or e.g. {@code /lod/}): pages are told apart below it */
    public RequestMetrics(Handler handler, MeterRegistry registry, String basePath) {
        super(handler);
        this.registry = registry;
        this.basePath = basePath;
        this.refused = Counter.builder("lod.sparql.refused")
                .description("SPARQL requests refused with 429: too many at once from one client").register(registry);
        this.timeouts = Counter.builder("lod.sparql.timeouts")
                .description("SPARQL queries cancelled at the query timeout (503)").register(registry);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = System.nanoTime();
        String path = Request.getPathInContext(request);
        PageKind kind = path.startsWith(basePath) ? PageKind.of(path.substring(basePath.length() - 1)) : PageKind.OTHER;
        Callback recording = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                record(kind, response, start);
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                record(kind, response, start);
                super.failed(failure);
            }
        };
        boolean handled = super.handle(request, response, recording);
        if (!handled) {
            Timer.builder("lod.http.server.requests").tags("kind", kind.label(), "status", "404")
                    .publishPercentileHistogram().register(registry).record(Duration.ofNanos(System.nanoTime() - start));
        }
        return handled;
    }

    private void record(PageKind kind, Response response, long start) {
        int status = response.getStatus();
        Timer.builder("lod.http.server.requests")
                .description("Requests by kind of page and status")
                .tags("kind", kind.label(), "status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - start));
        if (kind == PageKind.SPARQL) {
            Counter.builder("lod.sparql.queries").description("SPARQL requests answered, by status")
                    .tag("status", Integer.toString(status)).register(registry).increment();
            if (status == 429) {
                refused.increment();
            } else if (status == 503) {
                timeouts.increment();
            }
        }
        String reads = response.getHeaders().get(STORE_READS_HEADER);
        if (reads != null) {
            try {
                DistributionSummary.builder("lod.store.reads.per.page")
                        .description("Store queries a page needed").tag("kind", kind.label())
                        .register(registry).record(Integer.parseInt(reads));
            } catch (NumberFormatException ignored) {
                // Not a count: nothing to record.
            }
        }
    }
}
