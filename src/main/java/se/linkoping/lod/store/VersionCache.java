package se.linkoping.lod.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Keeps the last {@link DataVersion} read from a store for a short time, so that pages asking for
 * it on every request cost one query every few seconds at most.
 */
final class VersionCache {

    private final Supplier<DataVersion> reader;
    private final Duration ttl;
    private final Clock clock;
    private DataVersion cached;
    private Instant readAt;

    VersionCache(Supplier<DataVersion> reader, Duration ttl, Clock clock) {
        this.reader = reader;
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized DataVersion get() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(readAt.plus(ttl))) {
            cached = reader.get();
            readAt = now;
        }
        return cached;
    }
}
