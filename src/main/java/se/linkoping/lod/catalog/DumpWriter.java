package se.linkoping.lod.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Metrics;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;

/**
 * Writes the dumps on one background daemon thread, one data version at a time.
 *
 * <p>Single-flight: asking for the version being written, or already waiting, changes nothing. Asking
 * for another version supersedes: the write under way stops at its next check and the version asked
 * for last is written next. A version whose write failed is tried again only when asked for after
 * {@link #RETRY_PAUSE}.
 */
final class DumpWriter {

    /** How long a failed version is left alone before it is written again. */
    static final Duration RETRY_PAUSE = Duration.ofMinutes(1);

    /** What a client is told to wait before the first write's duration is known. */
    private static final Duration FIRST_ESTIMATE = Duration.ofSeconds(10);
    private static final Duration SHORTEST_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);

    private final Dumps dumps;
    private final DumpListener listener;
    private final ThreadPoolExecutor thread;

    /** The version asked for last, which the write under way checks to know it is superseded. */
    private volatile DataVersion latest;

    private Store waitingStore;
    private DataVersion waiting;
    private DataVersion writing;
    private boolean running;
    private Instant startedAt;
    private Duration lastTook;
    private DataVersion failed;
    private Instant failedAt;

    DumpWriter(Dumps dumps, DumpListener listener) {
        this.dumps = dumps;
        this.listener = listener;
        this.thread = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread writer = new Thread(task, "dump-writer");
            writer.setDaemon(true);
            return writer;
        });
        this.thread.allowCoreThreadTimeOut(true);
    }

    /** Has the store's data written as this version's dumps, unless that is under way or waiting already. */
    synchronized void request(Store store, DataVersion version) {
        if (version.equals(waiting) || version.equals(writing) && version.equals(latest)) {
            return;
        }
        if (version.equals(failed) && Instant.now().isBefore(failedAt.plus(RETRY_PAUSE))) {
            return;
        }
        waitingStore = store;
        waiting = version;
        latest = version;
        if (!running) {
            running = true;
            thread.execute(this::writeWaiting);
        }
    }

    /** How long a client had better wait before it asks again: what is left of the write, judged by the last one. */
    synchronized Duration retryAfter() {
        Duration expected = lastTook == null ? FIRST_ESTIMATE : lastTook;
        Duration left = writing == null ? expected : expected.minus(Duration.between(startedAt, Instant.now()));
        if (left.compareTo(SHORTEST_WAIT) < 0) {
            return SHORTEST_WAIT;
        }
        return left.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : left;
    }

    private void writeWaiting() {
        while (true) {
            Store store;
            DataVersion version;
            synchronized (this) {
                writing = null;
                if (waiting == null) {
                    running = false;
                    return;
                }
                store = waitingStore;
                version = waiting;
                waitingStore = null;
                waiting = null;
                writing = version;
                startedAt = Instant.now();
            }
            write(store, version);
        }
    }

    private void write(Store store, DataVersion version) {
        if (dumps.find(version).isPresent()) {
            return;
        }
        long start = System.nanoTime();
        try {
            listener.started(version);
            Optional<DumpSet> written = dumps.write(store, version, () -> !version.equals(latest));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            Metrics.timer("lod.dump.duration", "outcome", written.isPresent() ? "written" : "abandoned").record(took);
            if (written.isPresent()) {
                synchronized (this) {
                    lastTook = took;
                }
                listener.finished(written.get(), took);
            } else {
                listener.abandoned(version, took);
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            synchronized (this) {
                failed = version;
                failedAt = Instant.now();
            }
            listener.failed(version, e);
        }
    }
}
