package se.linkoping.lod.catalog;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.store.DataVersion;

/** The {@link DumpListener} that logs: start, end and how long it took, abandonment and failure. */
final class DumpLog implements DumpListener {

    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);

    @Override
    public void started(DataVersion version) {
        LOG.info("Writing the dumps of data version {} in the background", version.digest());
    }

    @Override
    public void finished(DumpSet dumps, Duration took) {
        LOG.info("Wrote {} dump files of data version {} in {} s", dumps.files().size(), dumps.version().digest(),
                seconds(took));
    }

    @Override
    public void abandoned(DataVersion version, Duration took) {
        LOG.info("Stopped writing the dumps of data version {} after {} s: newer data came", version.digest(),
                seconds(took));
    }

    @Override
    public void failed(DataVersion version, Throwable error) {
        LOG.error("Cannot write the dumps of data version {}; they are tried again when asked for after {} s",
                version.digest(), DumpWriter.RETRY_PAUSE.toSeconds(), error);
    }

    private static String seconds(Duration took) {
        return String.format(Locale.ROOT, "%.1f", took.toMillis() / 1000.0);
    }
}
