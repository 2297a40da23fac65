package se.linkoping.lod.cli;

import java.time.Duration;
import java.util.Optional;

import picocli.CommandLine.Option;
import se.linkoping.lod.metrics.ServerMetrics;
import se.linkoping.lod.server.Operations;
import se.linkoping.lod.store.Store;

/** {@code serve}'s options for its operator: metrics, access log, graceful stop. Each has an environment variable. */
final class OperationsOptions {

    @Option(names = "--metrics-port", defaultValue = "${env:LOD_METRICS_PORT:--1}",
            description = "Serve Prometheus metrics at /metrics on this port, apart from the public one "
                    + "(env LOD_METRICS_PORT; default none; 0 picks a free port).")
    int metricsPort;

    @Option(names = "--metrics-bind", defaultValue = "${env:LOD_METRICS_BIND:-127.0.0.1}",
            description = "Address the metrics port listens on (env LOD_METRICS_BIND; default ${DEFAULT-VALUE}, "
                    + "this host only).")
    String metricsBind;

    @Option(names = "--access-log", defaultValue = "${env:LOD_ACCESS_LOG}",
            description = "Write an access log in the NCSA combined format: '-' for standard output, else a file "
                    + "(env LOD_ACCESS_LOG; default none).")
    String accessLog;

    @Option(names = "--stop-timeout", defaultValue = "${env:LOD_STOP_TIMEOUT:-30}",
            description = "Seconds a stop (SIGTERM) waits for the requests in flight (env LOD_STOP_TIMEOUT; "
                    + "default ${DEFAULT-VALUE}).")
    long stopTimeout;

    /** The metrics registry when metrics are asked for; it records from now on (loads included). */
    Optional<ServerMetrics> metrics() {
        return metricsPort < 0 ? Optional.empty() : Optional.of(ServerMetrics.create());
    }

    /** What the server offers the operator; ready while {@code store} answers. */
    Operations operations(Optional<ServerMetrics> metrics, Store store) {
        metrics.ifPresent(m -> m.watchDataVersion(store::version));
        return new Operations(metrics, Optional.ofNullable(accessLog).filter(s -> !s.isBlank()),
                () -> answers(store), Duration.ofSeconds(stopTimeout));
    }

    /** Starts the metrics port, when there are metrics. */
    void serveMetrics(Optional<ServerMetrics> metrics) {
        metrics.ifPresent(m -> m.serve(metricsBind, metricsPort));
    }

    private static boolean answers(Store store) {
        try {
            store.version();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
