package se.linkoping.lod.server;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import se.linkoping.lod.metrics.ServerMetrics;

/**
 * What the server offers its operator besides the site.
 *
 * @param metrics     where requests are counted and timed; empty for none
 * @param accessLog   where the access log goes: {@code -} for standard output, else a file; empty for none
 * @param ready       whether the server can take traffic (asked by {@code GET /ready})
 * @param stopTimeout how long a stop waits for the requests in flight
 */
public record Operations(Optional<ServerMetrics> metrics, Optional<String> accessLog, BooleanSupplier ready,
                         Duration stopTimeout) {

    /** The access log's value for standard output. */
    public static final String STANDARD_OUTPUT = "-";

    /** No metrics, no access log, ready while running, a stop waits up to 30 s. */
    public static final Operations DEFAULTS = new Operations(Optional.empty(), Optional.empty(), () -> true,
            Duration.ofSeconds(30));

    public Operations {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(accessLog, "accessLog");
        Objects.requireNonNull(ready, "ready");
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("The stop timeout must not be negative: " + stopTimeout);
        }
    }
}
