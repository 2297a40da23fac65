package se.linkoping.lod.load;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reports a long load as it goes: triples so far, triples per second, share of the input read and the
 * time left, every few seconds.
 */
final class LoadProgress implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LoadProgress.class);

    private final AtomicLong triples = new AtomicLong();
    private final long totalBytes;
    private final LongSupplier bytesRead;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService timer;

    LoadProgress(long totalBytes, LongSupplier bytesRead, long intervalSeconds) {
        this.totalBytes = totalBytes;
        this.bytesRead = bytesRead;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "load-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::report, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** Wraps a stream so that the triples going through it are counted. */
    StreamRDF counting(StreamRDF destination) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void triple(Triple triple) {
                triples.incrementAndGet();
                super.triple(triple);
            }

            @Override
            public void quad(Quad quad) {
                triples.incrementAndGet();
                super.quad(quad);
            }
        };
    }

    long triples() {
        return triples.get();
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void report() {
        double seconds = seconds();
        long count = triples.get();
        double fraction = totalBytes == 0 ? 1 : Math.min(1.0, (double) bytesRead.getAsLong() / totalBytes);
        long rate = Math.round(count / seconds);
        if (fraction > 0 && fraction < 1) {
            long eta = Math.round(seconds / fraction - seconds);
            LOG.info(String.format("Loaded %,d triples (%,d triples/s), %.0f%% of the input read, about %d s to go",
                    count, rate, fraction * 100, eta));
        } else {
            LOG.info(String.format("Loaded %,d triples (%,d triples/s), indexing", count, rate));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
