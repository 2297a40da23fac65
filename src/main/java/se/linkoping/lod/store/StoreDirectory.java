package se.linkoping.lod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store folder on disk: one TDB2 database per load ("generation"), and a file {@code CURRENT}
 * naming the one in service.
 *
 * <p>A load builds a new generation beside the current one and, only when it is complete and valid,
 * replaces {@code CURRENT} in one atomic rename. A failed or killed load leaves {@code CURRENT}
 * untouched, so the store keeps the data it had. Each generation keeps a {@code load.properties}
 * describing what was loaded into it, and its full-text index in {@code text/} ({@link TextIndexes}).
 */
public final class StoreDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreDirectory.class);
    /** The folder of the history of the data (the resources' versions), a TDB2 database that loads leave alone. */
    public static final String HISTORY = "history";
    private static final String CURRENT = "CURRENT";
    private static final String LOAD_INFO = "load.properties";
    private static final String PREFIX = "data-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path root;

    public StoreDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The generation in service, if any data was ever loaded. */
    public Optional<Path> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
            Path generation = root.resolve(name);
            if (!Files.isDirectory(generation)) {
                throw new IllegalStateException("The store " + root + " names a missing database " + name);
            }
            return Optional.of(generation);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pointer, e);
        }
    }

    /** What was loaded into the current generation, if any. */
    public Optional<Properties> currentLoadInfo() {
        return current().map(StoreDirectory::readLoadInfo);
    }

    /** The history's database, when the store keeps one. */
    public Optional<DatasetGraph> openHistory() {
        Path history = root.resolve(HISTORY);
        return Files.isDirectory(history)
                ? Optional.of(DatabaseMgr.connectDatasetGraph(Location.create(history)))
                : Optional.empty();
    }

    /**
     * Opens the TDB2 database in service with its full-text index ({@link TextIndexes}): writes through
     * it keep the index current.
     */
    public DatasetGraph openCurrent() {
        Path generation = servedGeneration();
        return TextIndexes.open(generation, DatabaseMgr.connectDatasetGraph(Location.create(generation)));
    }

    /** Opens the TDB2 database in service alone, without its text index: for compacting it. */
    public DatasetGraph openDatabase() {
        return DatabaseMgr.connectDatasetGraph(Location.create(servedGeneration()));
    }

    /**
     * Closes a database this process opened (and its text index) and frees its lock, so that another
     * process (a server after a {@code load}) can open it.
     */
    public static void release(DatasetGraph database) {
        TextIndexes.release(database);
    }

    private Path servedGeneration() {
        return current().orElseThrow(() ->
                new IllegalStateException("The store " + root + " holds no data yet: run the load command first"));
    }

    /** Creates an empty folder for a new generation (not yet in service). */
    public Path newGeneration() {
        try {
            Files.createDirectories(root);
            Path generation = root.resolve(PREFIX + LocalDateTime.now().format(STAMP));
            return Files.createDirectory(generation);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a database folder in " + root, e);
        }
    }

    /**
     * Puts a complete generation in service: writes its load description, then points {@code CURRENT}
     * at it atomically, then removes generations older than the previous one.
     */
    public void commit(Path generation, Properties loadInfo) {
        try {
            Path info = generation.resolve(LOAD_INFO);
            try (var out = Files.newBufferedWriter(info, StandardCharsets.UTF_8)) {
                loadInfo.store(out, "What was loaded into this database");
            }
            Path tmp = root.resolve(CURRENT + ".tmp");
            Files.writeString(tmp, generation.getFileName().toString() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put " + generation + " in service", e);
        }
        LOG.info("The store {} now serves {}", root, generation.getFileName());
        removeOldGenerations(generation);
    }

    /** Deletes a generation that was never put in service (a rejected or failed load). */
    public void discard(Path generation) {
        deleteTree(generation);
    }

    private void removeOldGenerations(Path keep) {
        List<Path> generations = generations();
        int kept = generations.indexOf(keep);
        // Keep the new generation and the one before it (a server may still have it open).
        for (int i = 0; i < kept - 1; i++) {
            deleteTree(generations.get(i));
        }
        // Generations newer than the one committed are loads that died half-way.
        for (int i = kept + 1; i < generations.size(); i++) {
            LOG.info("Removing an unfinished database {}", generations.get(i).getFileName());
            deleteTree(generations.get(i));
        }
    }

    private List<Path> generations() {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static Properties readLoadInfo(Path generation) {
        Properties properties = new Properties();
        Path info = generation.resolve(LOAD_INFO);
        if (Files.isRegularFile(info)) {
            try (var in = Files.newBufferedReader(info, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + info, e);
            }
        }
        return properties;
    }

    private static void deleteTree(Path folder) {
        try {
            Folders.deleteTree(folder);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }
}
