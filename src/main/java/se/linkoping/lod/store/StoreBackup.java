package se.linkoping.lod.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup of the store: a folder with the data as gzipped N-Quads ({@value #DATA}), written in one
 * read transaction, so one consistent state even while the server serves and writes; the change log
 * as it was then ({@value #CHANGES}/); the history of the data, the resources' versions, as gzipped
 * N-Quads ({@value #HISTORY}); and what the data was loaded from ({@value #LOAD_INFO}), so that
 * a server started on the restored store serves it as it is instead of loading the files again.
 *
 * <pre>{@code
 * StoreBackup.write(dataset, loadInfo, changeLog, Path.of("backups/2026-12-03"));
 * StoreBackup.restore(Path.of("backups/2026-12-03"), new StoreDirectory(Path.of("store")), changeLog);
 * }</pre>
 */
public final class StoreBackup {

    /** The data in the backup folder. */
    public static final String DATA = "data.nq.gz";
    /** The history of the data in the backup folder. */
    public static final String HISTORY = "history.nq.gz";
    /** The change log in the backup folder. */
    public static final String CHANGES = "changes";
    /** What the data was loaded from. */
    public static final String LOAD_INFO = "load.properties";

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

    private StoreBackup() {
    }

    /** What a backup or restore held: the folder, its quads and its change log entries. */
    public record Summary(Path folder, long quads, int changes) {
        @Override
        public String toString() {
            return String.format("%s: %,d quads, %d change log entries", folder, quads, changes);
        }
    }

    /** A new backup folder under {@code backups/} in the store folder, named by the time (UTC). */
    public static Path newFolder(StoreDirectory store) {
        return store.root().resolve("backups").resolve(STAMP.format(LocalDateTime.now(ZoneOffset.UTC)));
    }

    /**
     * Writes a backup into {@code folder}, which must not exist yet. Callers that write to the dataset
     * hold their writes meanwhile so that the change log matches the data.
     *
     * @param loadInfo  what the served data was loaded from, if known
     * @param history   the history's database, if the store keeps one
     * @param changeLog the change log folder (it may not exist: no changes yet)
     */
    public static Summary write(DatasetGraph dataset, Optional<DatasetGraph> history, Optional<Properties> loadInfo,
                                Path changeLog, Path folder) {
        if (Files.exists(folder)) {
            throw new IllegalArgumentException("The backup folder " + folder + " exists already: name a new one");
        }
        try {
            Path temporary = Files.createDirectories(folder.toAbsolutePath().getParent())
                    .resolve("." + folder.getFileName() + ".writing");
            deleteTree(temporary);
            Files.createDirectories(temporary.resolve(CHANGES));
            long quads;
            try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(
                    Files.newOutputStream(temporary.resolve(DATA)), 1 << 16))) {
                quads = Txn.calculateRead(dataset, () -> {
                    RDFDataMgr.write(out, dataset, Lang.NQUADS);
                    return dataset.stream().count();
                });
            }
            if (history.isPresent()) {
                writeQuads(history.get(), temporary.resolve(HISTORY));
            }
            int changes = copyPatches(changeLog, temporary.resolve(CHANGES));
            Properties info = loadInfo.orElseGet(Properties::new);
            info.setProperty("backup.created", Instant.now().toString());
            info.setProperty("backup.quads", Long.toString(quads));
            try (var writer = Files.newBufferedWriter(temporary.resolve(LOAD_INFO), StandardCharsets.UTF_8)) {
                info.store(writer, "What the backed-up data was loaded from");
            }
            Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
            Summary summary = new Summary(folder, quads, changes);
            LOG.info("Backup written to {}", summary);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup " + folder, e);
        }
    }

    /**
     * Restores a backup into a store that holds no data yet: the quads into a new database put in
     * service as a load is, the history beside it, the change log into {@code changeLog}.
     *
     * @throws IllegalStateException when the store already serves data or the change log holds entries
     */
    public static Summary restore(Path backup, StoreDirectory store, Path changeLog) {
        Path data = backup.resolve(DATA);
        if (!Files.isRegularFile(data)) {
            throw new IllegalArgumentException(backup + " is not a backup: it has no " + DATA);
        }
        if (store.current().isPresent()) {
            throw new IllegalStateException("The store " + store.root() + " holds data already: restore into an "
                    + "empty store (a new --store folder)");
        }
        if (countPatches(changeLog) > 0) {
            throw new IllegalStateException("The change log " + changeLog + " holds entries already: restore into "
                    + "an empty one");
        }
        if (Files.exists(store.root().resolve(StoreDirectory.HISTORY))) {
            throw new IllegalStateException("The store " + store.root() + " keeps a history already: restore into an "
                    + "empty store (a new --store folder)");
        }
        Path generation = store.newGeneration();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(generation));
        long[] quads = {0};
        try {
            quads[0] = bulkLoad(data, dataset);
            TDBInternal.expel(dataset);
            Path history = backup.resolve(HISTORY);
            if (Files.isRegularFile(history)) {
                DatasetGraph versions = DatabaseMgr.connectDatasetGraph(
                        Location.create(store.root().resolve(StoreDirectory.HISTORY)));
                try {
                    bulkLoad(history, versions);
                } finally {
                    TDBInternal.expel(versions);
                }
            }
            Properties info = new Properties();
            try (var reader = Files.newBufferedReader(backup.resolve(LOAD_INFO), StandardCharsets.UTF_8)) {
                info.load(reader);
            }
            info.remove("backup.created");
            info.remove("backup.quads");
            store.commit(generation, info);
        } catch (IOException e) {
            TDBInternal.expel(dataset);
            store.discard(generation);
            throw new UncheckedIOException("Cannot restore " + backup, e);
        } catch (RuntimeException e) {
            TDBInternal.expel(dataset);
            store.discard(generation);
            throw e;
        }
        int changes = copyPatches(backup.resolve(CHANGES), changeLog);
        Summary summary = new Summary(store.root(), quads[0], changes);
        LOG.info("Restored {} into {}", backup, summary);
        return summary;
    }

    private static void writeQuads(DatasetGraph dataset, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16))) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        }
    }

    /** Loads gzipped N-Quads into a database with TDB2's bulk loader; the number of quads. */
    private static long bulkLoad(Path file, DatasetGraph dataset) throws IOException {
        long[] quads = {0};
        DataLoader loader = LoaderFactory.createLoader(dataset, (format, args) -> LOG.debug(String.format(format, args)));
        loader.startBulk();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            StreamRDF counting = new StreamRDFWrapper(loader.stream()) {
                @Override
                public void quad(Quad quad) {
                    quads[0]++;
                    super.quad(quad);
                }
            };
            RDFParser.source(in).lang(Lang.NQUADS).parse(counting);
            loader.finishBulk();
        } catch (RuntimeException | IOException e) {
            loader.finishException(e);
            throw e;
        }
        return quads[0];
    }

    private static int copyPatches(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(from)) {
            List<Path> patches = files.filter(StoreBackup::isPatch).sorted().toList();
            Files.createDirectories(to);
            for (Path patch : patches) {
                Files.copy(patch, to.resolve(patch.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
            return patches.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the change log from " + from + " to " + to, e);
        }
    }

    private static int countPatches(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(StoreBackup::isPatch).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static boolean isPatch(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".rdfp") && !name.startsWith(".");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
