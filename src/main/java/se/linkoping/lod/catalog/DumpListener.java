package se.linkoping.lod.catalog;

import java.time.Duration;

import se.linkoping.lod.store.DataVersion;

/**
 * Hears how the background writing of the dumps goes, for logs and metrics. Called on the writer's
 * thread, which waits for each call to return. {@link #logging()} writes every event to the log.
 */
public interface DumpListener {

    /** Writing the dumps of this version begins. */
    void started(DataVersion version);

    /** The dumps are written and served from now on. */
    void finished(DumpSet dumps, Duration took);

    /** Writing stopped because newer data came: the newer version's dumps are written next. */
    void abandoned(DataVersion version, Duration took);

    /** Writing failed; it is tried again when the dumps are asked for after a pause. */
    void failed(DataVersion version, Throwable error);

    /** A listener that logs each event, with its timing. */
    static DumpListener logging() {
        return new DumpLog();
    }
}
