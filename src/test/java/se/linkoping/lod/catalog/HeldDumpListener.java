package se.linkoping.lod.catalog;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import se.linkoping.lod.store.DataVersion;

/**
 * A {@link DumpListener} that logs as the server's does and keeps the writer waiting at the start of
 * its first write until {@link #release()}: the state "the dumps are being written" lasts as long as
 * a test needs to look at it.
 */
final class HeldDumpListener implements DumpListener {

    private final DumpListener log = DumpListener.logging();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile DataVersion abandoned;

    @Override
    public void started(DataVersion version) {
        log.started(version);
        started.countDown();
        try {
            if (!released.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The test never released the dump writer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void finished(DumpSet dumps, Duration took) {
        log.finished(dumps, took);
    }

    @Override
    public void abandoned(DataVersion version, Duration took) {
        this.abandoned = version;
        log.abandoned(version, took);
    }

    @Override
    public void failed(DataVersion version, Throwable error) {
        log.failed(version, error);
    }

    /** Waits until the writer has begun its first write, and is held there. */
    void awaitStarted() throws InterruptedException {
        if (!started.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The dump writer did not start");
        }
    }

    /** Lets the writer go on. */
    void release() {
        released.countDown();
    }

    /** The last version whose write stopped because newer data came, or null. */
    DataVersion abandoned() {
        return abandoned;
    }
}
