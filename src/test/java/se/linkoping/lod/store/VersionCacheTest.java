package se.linkoping.lod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The version is re-read only once its time to live has passed. */
class VersionCacheTest {

    private Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void rereadsOnlyAfterTheTimeToLive() {
        AtomicInteger reads = new AtomicInteger();
        VersionCache cache = new VersionCache(
                () -> new DataVersion("v" + reads.incrementAndGet(), Instant.EPOCH), Duration.ofSeconds(2), clock);

        assertEquals("v1", cache.get().digest());
        now = now.plusMillis(1999);
        assertEquals("v1", cache.get().digest());
        now = now.plusMillis(1);
        assertEquals("v2", cache.get().digest());
        assertEquals(2, reads.get());
    }
}
