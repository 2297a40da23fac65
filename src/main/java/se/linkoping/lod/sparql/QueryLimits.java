package se.linkoping.lod.sparql;

import java.time.Duration;

/**
 * The limits of the public SPARQL endpoint, so that no client can take it from the others.
 *
 * @param timeout               how long a query may run before it is cancelled (answered 503)
 * @param maxResultRows         the most solutions a query returns: a larger or missing {@code LIMIT}
 *                              is lowered to this
 * @param maxQueryBytes         the longest query text, in UTF-8 bytes (and the largest request body);
 *                              longer ones are refused with 413
 * @param maxConcurrentPerClient how many queries one client (one remote address) may have running at
 *                              once; more are refused with 429 and {@code Retry-After}
 */
public record QueryLimits(Duration timeout, long maxResultRows, int maxQueryBytes, int maxConcurrentPerClient) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULT_ROWS = 10_000;
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;

    /** The limits by default: 30 s, 10,000 rows, 64 KiB, 4 queries at once per client. */
    public static final QueryLimits DEFAULTS = new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_RESULT_ROWS,
            DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_CONCURRENT_PER_CLIENT);

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + timeout);
        }
        if (maxResultRows < 1 || maxQueryBytes < 1 || maxConcurrentPerClient < 1) {
            throw new IllegalArgumentException("Query limits must be at least 1: rows " + maxResultRows
                    + ", bytes " + maxQueryBytes + ", concurrent queries " + maxConcurrentPerClient);
        }
    }

    /** These limits with another timeout. */
    public QueryLimits withTimeout(Duration newTimeout) {
        return new QueryLimits(newTimeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient);
    }

    /** The limits in one English sentence, for the service description and logs. */
    public String describe() {
        return String.format("Queries are cancelled after %d seconds, return at most %,d rows, may be at most %,d "
                        + "bytes long, and each client may run %d at once (more are answered 429 with Retry-After).",
                timeout.toSeconds(), maxResultRows, maxQueryBytes, maxConcurrentPerClient);
    }
}
