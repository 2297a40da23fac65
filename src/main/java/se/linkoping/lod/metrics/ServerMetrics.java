package se.linkoping.lod.metrics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.store.DataVersion;

/**
 * The server's metrics in the Prometheus text format, kept by Micrometer: requests (by
 * {@link RequestMetrics}), the data version, load and dump durations (recorded by the loader and the
 * dump writer in Micrometer's global registry, to which this one is added), and the JVM's memory,
 * collections, threads, classes and CPU.
 *
 * <pre>{@code
 * ServerMetrics metrics = ServerMetrics.create();
 * metrics.watchDataVersion(store::version);
 * metrics.serve("127.0.0.1", 9100);   // GET http://127.0.0.1:9100/metrics
 * }</pre>
 */
public final class ServerMetrics implements AutoCloseable {

    /** The path the metrics are served at. */
    public static final String PATH = "/metrics";

    private static final Logger LOG = LoggerFactory.getLogger(ServerMetrics.class);

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private HttpServer endpoint;
    private Runnable beforeScrape = () -> { };

    private ServerMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** A registry with the JVM's metrics, added to Micrometer's global registry until {@link #close()}. */
    public static ServerMetrics create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        ServerMetrics metrics = new ServerMetrics(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        metrics.gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
        return metrics;
    }

    /** The registry requests are counted in. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Publishes the data version: {@code lod_data_version{version="…"} 1} and
     * {@code lod_data_modified_timestamp_seconds}, read from {@code version} at each scrape.
     */
    public void watchDataVersion(Supplier<DataVersion> version) {
        MultiGauge digest = MultiGauge.builder("lod.data.version")
                .description("The data version served, as its digest's label").register(registry);
        Gauge.builder("lod.data.modified.timestamp", () -> version.get().modified().toEpochMilli() / 1000.0)
                .description("When the data served was last changed").baseUnit("seconds").register(registry);
        beforeScrape = () -> digest.register(List.of(MultiGauge.Row.of(Tags.of("version", version.get().digest()), 1)),
                true);
    }

    /** The metrics now, in the Prometheus text format. */
    public String scrape() {
        beforeScrape.run();
        return registry.scrape();
    }

    /**
     * Serves {@code GET /metrics} on a port of its own, apart from the public one, so that only those
     * who can reach that address (a monitoring network, the host itself) can read it.
     *
     * @return the port (the chosen one when {@code port} is 0)
     */
    public int serve(String bindAddress, int port) {
        try {
            endpoint = HttpServer.create(new InetSocketAddress(bindAddress, port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for metrics on " + bindAddress + ":" + port, e);
        }
        endpoint.createContext(PATH, exchange -> {
            try (exchange) {
                if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                byte[] body = scrape().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                boolean head = "HEAD".equals(exchange.getRequestMethod());
                exchange.sendResponseHeaders(200, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            }
        });
        endpoint.start();
        int bound = endpoint.getAddress().getPort();
        LOG.info("Metrics at http://{}:{}{}", bindAddress, bound, PATH);
        return bound;
    }

    @Override
    public void close() {
        if (endpoint != null) {
            endpoint.stop(0);
        }
        gc.close();
        Metrics.removeRegistry(registry);
        registry.close();
    }
}
