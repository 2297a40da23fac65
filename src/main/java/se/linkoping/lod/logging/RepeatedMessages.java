package se.linkoping.lod.logging;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * A log that writes a message once per kind and period: the first of a kind is logged, the same
 * kind again within the period is only counted, and the first after the period is logged with that
 * count ("and 4,211 more like it in the last 60 s"). So a client that repeats a request the server
 * refuses, or trips the same fault, thousands of times a second adds a line a minute, not a line
 * each time. A stack trace is logged with the first of its kind only.
 *
 * <pre>{@code
 * RepeatedMessages refusals = new RepeatedMessages(LOG, Duration.ofMinutes(1));
 * refusals.log(Level.WARN, "auth " + address, "Refused {} {}: no valid credentials", method, path);
 * }</pre>
 */
public final class RepeatedMessages {

    /** The most kinds remembered; beyond, the count starts again (a kind may then be logged once more). */
    static final int MAX_KINDS = 10_000;

    private final Logger log;
    private final long periodNanos;
    private final String periodText;
    private final ConcurrentMap<String, Kind> kinds = new ConcurrentHashMap<>();

    public RepeatedMessages(Logger log, Duration period) {
        this.log = log;
        this.periodNanos = period.toNanos();
        this.periodText = period.toSeconds() + " s";
    }

    /** Logs the message unless one of the same {@code kind} was logged within the period. */
    public void log(Level level, String kind, String format, Object... arguments) {
        long suppressed = admit(kind);
        if (suppressed < 0) {
            return;
        }
        if (suppressed == 0) {
            log.atLevel(level).log(format, arguments);
            return;
        }
        Object[] withCount = new Object[arguments.length + 1];
        System.arraycopy(arguments, 0, withCount, 0, arguments.length);
        withCount[arguments.length] = String.format("%,d", suppressed);
        log.atLevel(level).log(format + " (and {} more like it in the last " + periodText + ")", withCount);
    }

    /** Logs a failure with its stack trace, the first of its kind in a period only; later ones as a count. */
    public void failure(String kind, Throwable failure, String format, Object... arguments) {
        long suppressed = admit(kind);
        if (suppressed < 0) {
            return;
        }
        String message = suppressed == 0 ? format
                : format + " (and " + String.format("%,d", suppressed) + " more like it in the last " + periodText + ")";
        log.atLevel(Level.ERROR).setCause(failure).log(message, arguments);
    }

    /**
     * Counts one message of a kind.
     *
     * @return -1 when it is not to be logged; else how many of its kind were left out before it
     */
    private long admit(String kind) {
        if (kinds.size() > MAX_KINDS) {
            kinds.clear();
        }
        long now = System.nanoTime();
        long[] result = new long[1];
        kinds.compute(kind, (key, known) -> {
            if (known == null || now - known.since >= periodNanos) {
                result[0] = known == null ? 0 : known.left;
                return new Kind(now);
            }
            known.left++;
            result[0] = -1;
            return known;
        });
        return result[0];
    }

    /** When a kind was last logged and how many were left out since. */
    private static final class Kind {
        final long since;
        long left;

        Kind(long since) {
            this.since = since;
        }
    }
}
