package se.linkoping.lod.sparql;

import java.time.Duration;
import java.util.Set;

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
 * @param maxValueLength        the most characters one value built by a query may have (a string made
 *                              by {@code CONCAT}, the digits of a product); beyond, the query is stopped
 *                              and answered 422
 * @param maxBuiltLength        the most characters of values one query may build in all; beyond, the
 *                              same
 * @param allowedFunctions      the IRIs of functions of Jena's library a query may call beyond the
 *                              standard SPARQL functions
 */
public record QueryLimits(Duration timeout, long maxResultRows, int maxQueryBytes, int maxConcurrentPerClient,
                          long maxValueLength, long maxBuiltLength, Set<String> allowedFunctions) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESULT_ROWS = 10_000;
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    public static final int DEFAULT_MAX_CONCURRENT_PER_CLIENT = 4;
    public static final long DEFAULT_MAX_VALUE_LENGTH = 1_000_000;
    public static final long DEFAULT_MAX_BUILT_LENGTH = 100_000_000;

    /** The limits by default: 30 s, 10,000 rows, 64 KiB, 4 queries at once per client, values of 1 M characters. */
    public static final QueryLimits DEFAULTS = new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_RESULT_ROWS,
            DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_CONCURRENT_PER_CLIENT);

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The query timeout must be positive: " + timeout);
        }
        if (maxResultRows < 1 || maxQueryBytes < 1 || maxConcurrentPerClient < 1 || maxValueLength < 1
                || maxBuiltLength < 1) {
            throw new IllegalArgumentException("Query limits must be at least 1: rows " + maxResultRows
                    + ", bytes " + maxQueryBytes + ", concurrent queries " + maxConcurrentPerClient
                    + ", value length " + maxValueLength + ", built length " + maxBuiltLength);
        }
        allowedFunctions = Set.copyOf(allowedFunctions);
    }

    /** These limits with the default caps on what a query builds and no functions beyond the standard ones. */
    public QueryLimits(Duration timeout, long maxResultRows, int maxQueryBytes, int maxConcurrentPerClient) {
        this(timeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient, DEFAULT_MAX_VALUE_LENGTH,
                DEFAULT_MAX_BUILT_LENGTH, Set.of());
    }

    /** These limits with another timeout. */
    public QueryLimits withTimeout(Duration newTimeout) {
        return new QueryLimits(newTimeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient, maxValueLength,
                maxBuiltLength, allowedFunctions);
    }

    /** These limits with other caps on what one query builds. */
    public QueryLimits withBuildLimits(long newMaxValueLength, long newMaxBuiltLength) {
        return new QueryLimits(timeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient, newMaxValueLength,
                newMaxBuiltLength, allowedFunctions);
    }

    /** These limits, letting queries call these functions of Jena's library too. */
    public QueryLimits withAllowedFunctions(Set<String> functions) {
        return new QueryLimits(timeout, maxResultRows, maxQueryBytes, maxConcurrentPerClient, maxValueLength,
                maxBuiltLength, functions);
    }

    /** The limits in one English sentence, for the service description and logs. */
    public String describe() {
        return String.format("Queries are cancelled after %d seconds, return at most %,d rows, may be at most %,d "
                        + "bytes long, may build values of at most %,d characters, and each client may run %d at "
                        + "once (more are answered 429 with Retry-After). Functions: the standard SPARQL ones%s.",
                timeout.toSeconds(), maxResultRows, maxQueryBytes, maxValueLength, maxConcurrentPerClient,
                allowedFunctions.isEmpty() ? "" : " and " + String.join(", ", allowedFunctions.stream().sorted().toList()));
    }
}
