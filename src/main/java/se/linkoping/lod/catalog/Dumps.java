package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;

/**
 * Writes and finds the bulk downloads: every dataset of the catalogue in every {@link DumpFormat}.
 *
 * <p>Each data version gets its own folder, named by its digest, under the dump folder. A version's
 * files are written into a temporary folder that is then moved into place in one step, so a
 * version's folder is either complete or absent; older versions are removed afterwards.
 * The loader calls {@link #write(Store, DataVersion)} after each load; the server calls
 * {@link #writeIfMissing(Store)} at start.
 */
public final class Dumps {

    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    private static final String TEMPORARY_PREFIX = ".writing-";

    private final Path dir;
    private final Iris iris;
    private final CatalogDescription description;

    public Dumps(Path dir, Iris iris) {
        this(dir, iris, CatalogDescription.load(iris));
    }

    public Dumps(Path dir, Iris iris, CatalogDescription description) {
        this.dir = dir;
        this.iris = iris;
        this.description = description;
    }

    /** Writes the dumps of the store's data, labelled with the given version, replacing older versions. */
    public DumpSet write(Store store, DataVersion version) {
        Path target = versionDir(version);
        try {
            Files.createDirectories(dir);
            Path temporary = Files.createTempDirectory(dir, TEMPORARY_PREFIX);
            writeAll(store, temporary);
            if (Files.isDirectory(target)) {
                deleteTree(target);
            }
            moveIntoPlace(temporary, target);
            removeOtherVersions(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dumps for data version " + version.digest() + " to " + dir, e);
        }
        DumpSet written = find(version).orElseThrow();
        LOG.info("Wrote {} dump files for data version {} to {}", written.files().size(), version.digest(), target);
        return written;
    }

    /** Writes the dumps of the store's current version unless they are already there. */
    public synchronized DumpSet writeIfMissing(Store store) {
        DataVersion version = store.version();
        return find(version).orElseGet(() -> write(store, version));
    }

    /**
     * The dumps of a version, when they have been written: every dataset in every format. A folder
     * that lacks a file (written by a version of this program with other datasets or formats)
     * counts as not written.
     */
    public Optional<DumpSet> find(DataVersion version) {
        Path versionDir = versionDir(version);
        if (!Files.isDirectory(versionDir)) {
            return Optional.empty();
        }
        List<DumpFile> files = new ArrayList<>();
        for (PublishedDataset dataset : description.datasets()) {
            for (DumpFormat format : DumpFormat.values()) {
                Path path = versionDir.resolve(format.fileName(dataset.dumpStem()));
                if (!Files.isRegularFile(path)) {
                    LOG.warn("The dumps in {} lack {}: they will be written again", versionDir, path.getFileName());
                    return Optional.empty();
                }
                files.add(new DumpFile(dataset, format, path, size(path)));
            }
        }
        return Optional.of(new DumpSet(version, files));
    }

    /** The folder under which the versions' folders lie. */
    public Path dir() {
        return dir;
    }

    private void writeAll(Store store, Path into) throws IOException {
        for (PublishedDataset dataset : description.datasets()) {
            Model data = store.construct(contentQuery(dataset));
            for (DumpFormat format : DumpFormat.values()) {
                writeFile(data, format, into.resolve(format.fileName(dataset.dumpStem())));
            }
        }
    }

    private Query contentQuery(PublishedDataset dataset) {
        if (dataset.equals(description.whole())) {
            return CatalogQueries.load("dump-all", iris);
        }
        return CatalogQueries.load("dump-subset", iris, Map.of("uriSpace", dataset.uriSpace()));
    }

    private static void writeFile(Model data, DumpFormat format, Path file) throws IOException {
        try (OutputStream out = format.gzipped()
                ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            RDFWriter.source(data).format(format.rdfFormat()).output(out);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            LOG.info("Dumps for {} were written meanwhile by another writer; keeping those", target.getFileName());
            deleteTree(temporary);
        }
    }

    private void removeOtherVersions(Path keep) throws IOException {
        List<Path> others;
        try (Stream<Path> children = Files.list(dir)) {
            others = children.filter(Files::isDirectory)
                    .filter(p -> !p.equals(keep) && !p.getFileName().toString().startsWith(TEMPORARY_PREFIX))
                    .toList();
        }
        for (Path other : others) {
            deleteTree(other);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of the dump " + file, e);
        }
    }

    private Path versionDir(DataVersion version) {
        return dir.resolve(version.digest().replaceAll("[^A-Za-z0-9_-]", "_"));
    }
}
