package se.linkoping.lod.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.Metrics;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.TextIndexes;
import se.linkoping.lod.store.VersionStamp;

/**
 * Loads RDF files into the store, all or nothing.
 *
 * <p>The files are parsed straight into a new TDB2 database with Jena's bulk loader, then checked
 * against the shapes there, and its full-text index is built beside it; only when all this passes is
 * the new database put in service (see
 * {@link StoreDirectory}). Anything else, a syntax error, a shape violation, a crash or a
 * {@code kill -9}, leaves the store serving what it had.
 */
public final class Loader {

    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);

    /** Keys of the load description kept with each database. */
    public static final String DIGEST = "digest";
    public static final String BASE = "base";
    public static final String LOADED = "loaded";
    public static final String TRIPLES = "triples";

    private final StoreDirectory store;
    private final Iris iris;
    private final long progressSeconds;

    public Loader(StoreDirectory store, Iris iris) {
        this(store, iris, 5);
    }

    public Loader(StoreDirectory store, Iris iris, long progressSeconds) {
        this.store = store;
        this.iris = iris;
        this.progressSeconds = progressSeconds;
    }

    /**
     * What a successful load did.
     *
     * @param digest  the digest of the files (equal for equal files under an equal base)
     * @param version the data version served: the digest, or more when a {@link Layer} changed the data
     */
    public record Result(Path database, long triples, double seconds, String digest, Instant loaded, String version) {
    }

    /** The digest the given files would be loaded with; equal to the current one when nothing changed. */
    public String digestOf(List<Path> paths) {
        return SourceDigest.of(RdfFiles.find(paths), iris.base());
    }

    /** True when the store holds exactly what these files would give, loaded with this base. */
    public boolean isCurrent(List<Path> paths) {
        String digest = digestOf(paths);
        return store.currentLoadInfo().map(info -> digest.equals(info.getProperty(DIGEST))).orElse(false);
    }

    /**
     * Validates and loads the RDF files under {@code paths}: the ontology, the shapes and the data.
     *
     * @throws LoadRejected when a file does not parse or the data violates the shapes; the store is unchanged
     */
    public Result load(List<Path> paths) {
        return load(paths, Layer.NONE);
    }

    /**
     * The same, with a layer of changes applied over the files once they are checked, before the new
     * database is put in service.
     */
    public Result load(List<Path> paths, Layer layer) {
        List<Path> files = RdfFiles.find(paths);
        try (FileChannel lockFile = lockChannel(); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another load into " + store.root() + " is running");
            }
            return loadLocked(files, layer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the store " + store.root(), e);
        }
    }

    private Result loadLocked(List<Path> files, Layer layer) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Result result = loadTimed(files, layer);
            outcome = "loaded";
            return result;
        } catch (LoadRejected rejected) {
            outcome = "rejected";
            throw rejected;
        } finally {
            Metrics.timer("lod.load.duration", "outcome", outcome).record(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Loads; the time it takes is published as {@code lod_load_duration_seconds} by outcome. */
    private Result loadTimed(List<Path> files, Layer layer) {
        String digest = SourceDigest.of(files, iris.base());
        Path generation = store.newGeneration();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(generation));
        TextIndexing indexing = null;
        try {
            long totalBytes = totalSize(files);
            RdfReader reader = new RdfReader(iris.base());
            LoadProgress progress = new LoadProgress(totalBytes, reader::bytesRead, progressSeconds);
            try (progress) {
                bulkLoad(dsg, files, reader, progress);
            }
            if (!reader.problems().isEmpty()) {
                throw new LoadRejected(reader.problems());
            }
            indexing = layer.isEmpty() ? TextIndexing.start(generation, dsg) : null;
            long checking = System.nanoTime();
            List<Problem> violations = Txn.calculateRead(dsg, () -> ShapeCheck.of(dsg.getDefaultGraph())).check(dsg);
            LOG.info(String.format("Checked the shapes in %.1f s", (System.nanoTime() - checking) / 1e9));
            if (!violations.isEmpty()) {
                throw new LoadRejected(violations);
            }
            String version = layer.applyTo(dsg, digest);
            Instant loaded = Instant.now();
            VersionStamp.write(dsg, iris, version, loaded);
            if (indexing != null) {
                indexing.finish();
            } else {
                TextIndexes.build(generation, dsg);
            }
            long triples = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
            Properties info = new Properties();
            info.setProperty(DIGEST, digest);
            info.setProperty(BASE, iris.base());
            info.setProperty(LOADED, loaded.toString());
            info.setProperty(TRIPLES, Long.toString(triples));
            store.commit(generation, info);
            LOG.info(String.format("Loaded %,d triples from %d file(s) in %.1f s (%,.0f triples/s)",
                    progress.triples(), files.size(), progress.seconds(), progress.triples() / progress.seconds()));
            return new Result(generation, triples, progress.seconds(), digest, loaded, version);
        } catch (RuntimeException e) {
            if (indexing != null) {
                indexing.abandon();
            }
            TDBInternal.expel(dsg);
            store.discard(generation);
            throw e;
        }
    }

    private static void bulkLoad(DatasetGraph dsg, List<Path> files, RdfReader reader, LoadProgress progress) {
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> LOG.debug(String.format(fmt, args)));
        loader.startBulk();
        try {
            for (Path file : files) {
                LOG.info("Reading {}", file);
                reader.read(file, progress.counting(loader.stream()));
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    private static long totalSize(List<Path> files) {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + f, e);
            }
        }
        return total;
    }

    private FileChannel lockChannel() throws IOException {
        Files.createDirectories(store.root());
        return FileChannel.open(store.root().resolve("load.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }
}
