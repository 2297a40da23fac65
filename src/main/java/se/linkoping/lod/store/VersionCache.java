package se.linkoping.lod.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Keeps the last {@link DataVersion} read from a store, so that pages asking for it on every request
 * do not each cost a query: until a write is committed, for a dataset that {@linkplain CountsWrites counts
 * them} (then the version is exact), or for a short time, for any other store.
 */
final class VersionCache {

    private final Supplier<DataVersion> reader;
    private final LongSupplier writes;
    private final Duration ttl;
    private final Clock clock;
    private DataVersion cached;
    private Instant readAt;
    private long readAfter;

    /** Re-reads the version once {@code ttl} has passed since it was read. */
    VersionCache(Supplier<DataVersion> reader, Duration ttl, Clock clock) {
        this.reader = reader;
        this.writes = null;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Re-reads the version when the count of the dataset's writes has changed since it was read. */
    VersionCache(Supplier<DataVersion> reader, LongSupplier writes) {
        this.reader = reader;
        this.writes = writes;
        this.ttl = null;
        this.clock = null;
    }

    synchronized DataVersion get() {
        if (writes != null) {
            long count = writes.getAsLong();
            if (cached == null || count != readAfter) {
                cached = reader.get();
                readAfter = count;
            }
            return cached;
        }
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(readAt.plus(ttl))) {
            cached = reader.get();
            readAt = now;
        }
        return cached;
    }
}
