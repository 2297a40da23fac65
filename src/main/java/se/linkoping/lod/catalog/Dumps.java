package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.lang.StreamRDFCounting;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDF2;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Folders;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.store.Store;
import org.apache.jena.graph.NodeFactory;

/**
 * Writes and finds the bulk downloads: every dataset of the catalogue in every {@link DumpFormat}.
 *
 * <p>Each data version gets its own folder, named by its digest, under the dump folder. A version's
 * files are written into a temporary folder that is then moved into place in one step, so a
 * version's folder is either complete or absent; older versions are removed afterwards.
 *
 * <p>N-Triples and Turtle are streamed from the store to the files. JSON-LD needs the whole graph in
 * memory, so a dataset's JSON-LD dump is written only when it has at most {@code jsonLdMaxTriples}
 * triples. The server asks for the current version's dumps with {@link #ready}: when they are not
 * written, a {@link DumpWriter} writes them in the background.
 */
public final class Dumps {

    /**
     * Heap given to each triple of a JSON-LD dump by the default limit. Jena's JSON-LD writer needed
     * about 2 KB of heap a triple for the generated data (100,000 triples written in a 256 MB heap,
     * 200,000 not); twice that leaves the server its own share.
     */
    static final long JSONLD_HEAP_BYTES_PER_TRIPLE = 4096;
    /** How many data versions keep their dumps unless told otherwise. */
    public static final int DEFAULT_KEEP_VERSIONS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    private static final String TEMPORARY_PREFIX = ".writing-";
    /**
     * How long a temporary folder may go without a new file before it counts as left by a write that
     * was killed (a write adds files as it goes through the datasets).
     */
    private static final Duration STALE_TEMPORARY = Duration.ofHours(1);
    /** How many triples are streamed between two checks that the write is still wanted. */
    private static final int CHECK_EVERY = 10_000;
    private static final int GZIP_BUFFER = 1 << 16;

    private final Path dir;
    private final Iris iris;
    private final CatalogDescription description;
    private final QueryLibrary queries;
    private final long jsonLdMaxTriples;
    private final DumpWriter writer;
    private final int keepVersions;
    private final ChangeNotes notes;

    /** Dumps with the default JSON-LD limit, their writing logged. */
    public Dumps(Path dir, Iris iris) {
        this(dir, iris, defaultJsonLdMaxTriples(), DumpListener.logging());
    }

    /**
     * The most triples a dataset may have for its JSON-LD dump to be written, unless configured
     * otherwise: what this JVM's maximum heap holds, one triple per {@value #JSONLD_HEAP_BYTES_PER_TRIPLE}
     * bytes (65,536 in the 256 MB heap that {@code bin/lod} gives).
     */
    public static long defaultJsonLdMaxTriples() {
        return jsonLdMaxTriples(Runtime.getRuntime().maxMemory());
    }

    /** The default limit of JSON-LD dumps for a maximum heap of so many bytes. */
    static long jsonLdMaxTriples(long maxHeapBytes) {
        return maxHeapBytes / JSONLD_HEAP_BYTES_PER_TRIPLE;
    }

    /** Dumps keeping the default number of versions, without notes from a change log. */
    public Dumps(Path dir, Iris iris, long jsonLdMaxTriples, DumpListener listener) {
        this(dir, iris, jsonLdMaxTriples, listener, DEFAULT_KEEP_VERSIONS, null);
    }

    /**
     * @param dir              the folder under which each version's folder lies
     * @param jsonLdMaxTriples the most triples a dataset may have for its JSON-LD dump to be written
     * @param listener         told how each background write goes
     * @param keepVersions     how many data versions keep their dumps (the newest; at least the current one)
     * @param changeLog        the change log folder, whose entries give each version its notes; null: none
     */
    public Dumps(Path dir, Iris iris, long jsonLdMaxTriples, DumpListener listener, int keepVersions, Path changeLog) {
        this.dir = dir;
        this.keepVersions = Math.max(1, keepVersions);
        this.notes = new ChangeNotes(changeLog);
        this.iris = iris;
        this.description = CatalogDescription.load(iris);
        this.queries = new QueryLibrary("catalog", iris);
        this.jsonLdMaxTriples = jsonLdMaxTriples;
        this.writer = new DumpWriter(this, listener);
    }

    /** The catalogue's fixed description, read once: the datasets whose dumps are written. */
    public CatalogDescription description() {
        return description;
    }

    /**
     * The dumps of this version when they are written. When they are not, they are written from the
     * store in the background (once: see {@link DumpWriter}) and this is empty meanwhile.
     */
    public Optional<DumpSet> ready(Store store, DataVersion version) {
        Optional<DumpSet> found = find(version);
        if (found.isEmpty()) {
            writer.request(store, version);
        }
        return found;
    }

    /** Starts writing the dumps of the store's current version in the background, unless they are written. */
    public void writeInBackground(Store store) {
        ready(store, store.version());
    }

    /** How long a client asking for a dump that is being written had better wait before it asks again. */
    public Duration retryAfter() {
        return writer.retryAfter();
    }

    /**
     * The dumps of a version, when they have been written: every dataset in N-Triples and Turtle, and
     * in JSON-LD when it is small enough. A folder that lacks a file it should hold (written by a
     * version of this program with other datasets or formats, or with a lower JSON-LD limit) counts
     * as not written.
     */
    public Optional<DumpSet> find(DataVersion version) {
        Path versionDir = versionDir(version);
        try {
            Optional<DumpCounts> counts = DumpCounts.read(versionDir);
            if (counts.isEmpty()) {
                return Optional.empty();
            }
            List<DumpFile> files = new ArrayList<>();
            for (PublishedDataset dataset : description.datasets()) {
                Long triples = counts.get().triples().get(dataset.dumpStem());
                if (triples == null) {
                    return Optional.empty();
                }
                for (DumpFormat format : DumpFormat.values()) {
                    Path path = versionDir.resolve(format.fileName(dataset.dumpStem()));
                    if (Files.isRegularFile(path)) {
                        files.add(new DumpFile(dataset, format, path, Files.size(path)));
                    } else if (isWritten(format, triples)) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new DumpSet(version, files, counts.get().written()));
        } catch (IOException e) {
            LOG.debug("The dumps in {} cannot be read, so they count as not written", versionDir, e);
            return Optional.empty();
        }
    }

    /**
     * What the catalogue lists: the files written, with their sizes; while none are written, every
     * dataset in every format, without sizes (the download addresses are the same).
     */
    public List<DumpDistribution> distributions(Optional<DumpSet> written) {
        if (written.isPresent()) {
            return written.get().distributions();
        }
        List<DumpDistribution> all = new ArrayList<>();
        for (PublishedDataset dataset : description.datasets()) {
            for (DumpFormat format : DumpFormat.values()) {
                all.add(new DumpDistribution(dataset, format, OptionalLong.empty()));
            }
        }
        return all;
    }

    /** True when a file of this name is a dump of some dataset in some format. */
    public boolean isDumpName(String fileName) {
        return distributions(Optional.empty()).stream().anyMatch(d -> d.fileName().equals(fileName));
    }

    /** The folder under which the versions' folders lie. */
    public Path dir() {
        return dir;
    }

    /**
     * Writes the dumps of the store's data, labelled with the given version, in the calling thread,
     * replacing older versions.
     *
     * @param abandoned asked now and then; when it answers true the write stops and leaves nothing behind
     * @return the dumps written, or empty when the write was abandoned
     */
    Optional<DumpSet> write(Store store, DataVersion version, BooleanSupplier abandoned) {
        Path target = versionDir(version);
        Path temporary = null;
        try {
            Files.createDirectories(dir);
            removeStaleTemporaries();
            temporary = Files.createTempDirectory(dir, TEMPORARY_PREFIX);
            Map<String, Long> triples = new LinkedHashMap<>();
            for (PublishedDataset dataset : description.datasets()) {
                triples.put(dataset.dumpStem(), writeDataset(store, dataset, temporary, abandoned));
            }
            DumpCounts.write(temporary, triples);
            KeptVersion.write(temporary, version, notes.of(version.digest()));
            if (Files.isDirectory(target)) {
                LOG.info("Replacing the dumps in {}", target);
                Folders.deleteTree(target);
            }
            moveIntoPlace(temporary, target);
            temporary = null;
            removeOldVersions(target);
        } catch (Abandoned stopped) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dumps for data version " + version.digest() + " to " + dir, e);
        } finally {
            deleteQuietly(temporary);
        }
        return Optional.of(find(version).orElseThrow(() -> new IllegalStateException(
                "The dumps of data version " + version.digest() + " were written to " + target + " but are not there")));
    }

    /** Writes one dataset's files; returns its number of triples. */
    private long writeDataset(Store store, PublishedDataset dataset, Path into, BooleanSupplier abandoned)
            throws IOException {
        Query query = contentQuery(dataset);
        long triples = writeStreamed(store, query, dataset, into, abandoned);
        for (DumpFormat format : DumpFormat.values()) {
            if (format.streamed()) {
                continue;
            }
            if (!isWritten(format, triples)) {
                LOG.info("No {} dump of {}: its {} triples are more than the {} allowed for it", format.label(),
                        dataset.dumpStem(), triples, jsonLdMaxTriples);
                continue;
            }
            if (abandoned.getAsBoolean()) {
                throw new Abandoned();
            }
            Model data = store.construct(query);
            try (OutputStream out = open(format, into.resolve(format.fileName(dataset.dumpStem())))) {
                RDFWriter.source(data).format(format.rdfFormat()).output(out);
            }
        }
        return triples;
    }

    /** Streams the dataset's triples into every streamed format's file at once; returns how many there were. */
    private long writeStreamed(Store store, Query query, PublishedDataset dataset, Path into,
                               BooleanSupplier abandoned) throws IOException {
        List<OutputStream> outputs = new ArrayList<>();
        try {
            StreamRDF files = StreamRDFLib.sinkNull();
            for (DumpFormat format : DumpFormat.values()) {
                if (format.streamed()) {
                    OutputStream out = open(format, into.resolve(format.fileName(dataset.dumpStem())));
                    outputs.add(out);
                    files = new StreamRDF2(files, StreamRDFWriter.getWriterStream(out, format.rdfFormat()));
                }
            }
            StreamRDFCounting counted = StreamRDFLib.count(new Abandonable(files, abandoned));
            store.streamConstruct(query, counted);
            return counted.countTriples();
        } finally {
            closeAll(outputs);
        }
    }

    private Query contentQuery(PublishedDataset dataset) {
        if (dataset.equals(description.whole())) {
            return queries.get("dump-all");
        }
        return queries.get("dump-subset", Map.of("uriSpace", NodeFactory.createLiteralString(dataset.uriSpace())));
    }

    private boolean isWritten(DumpFormat format, long triples) {
        return format.streamed() || triples <= jsonLdMaxTriples;
    }

    private static OutputStream open(DumpFormat format, Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        return format.gzipped() ? new GZIPOutputStream(out, GZIP_BUFFER) : out;
    }

    private static void closeAll(List<OutputStream> outputs) throws IOException {
        IOException failure = null;
        for (OutputStream out : outputs) {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            LOG.info("Dumps for {} were written meanwhile by another writer; keeping those", target.getFileName());
            Folders.deleteTree(temporary);
        }
    }

    /** Removes the folders of versions older than the newest kept ones (the one just written is kept). */
    private void removeOldVersions(Path keep) throws IOException {
        List<Path> others = new ArrayList<>(versionFolders());
        others.remove(keep);
        for (Path other : others.subList(Math.min(others.size(), keepVersions - 1), others.size())) {
            Folders.deleteTree(other);
        }
    }

    /** The versions' folders, newest written first. */
    private List<Path> versionFolders() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(TEMPORARY_PREFIX))
                    .sorted(Comparator.comparing(Dumps::modified).reversed())
                    .toList();
        }
    }

    private static Instant modified(Path folder) {
        try {
            return Files.getLastModifiedTime(folder).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    /**
     * The data versions whose dumps are kept, newest first, with their notes: the current one once
     * its dumps are written, and the ones before it, up to the number kept.
     */
    public List<KeptVersion> keptVersions() {
        try {
            List<KeptVersion> kept = new ArrayList<>();
            for (Path folder : versionFolders()) {
                Optional<KeptVersion> version = KeptVersion.read(folder);
                Optional<DumpFile> whole = version.flatMap(v -> find(v.version()))
                        .flatMap(set -> set.file(DumpFormat.N_TRIPLES_GZIP.fileName(description.whole().dumpStem())));
                if (whole.isPresent()) {
                    kept.add(version.get().withBytes(whole.get().bytes()));
                }
            }
            kept.sort(Comparator.comparing((KeptVersion v) -> v.version().modified()).reversed());
            return kept;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the dumps in " + dir, e);
        }
    }

    /** The dumps of a kept version, by its digest. */
    public Optional<DumpSet> keptVersion(String digest) {
        return keptVersions().stream().filter(v -> v.version().digest().equals(digest)).findFirst()
                .flatMap(v -> find(v.version()));
    }

    private void removeStaleTemporaries() throws IOException {
        Instant before = Instant.now().minus(STALE_TEMPORARY);
        List<Path> temporaries;
        try (Stream<Path> children = Files.list(dir)) {
            temporaries = children.filter(p -> p.getFileName().toString().startsWith(TEMPORARY_PREFIX)).toList();
        }
        for (Path temporary : temporaries) {
            if (Files.getLastModifiedTime(temporary).toInstant().isBefore(before)) {
                LOG.info("Removing {}, left by a write of the dumps that did not finish", temporary);
                Folders.deleteTree(temporary);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Folders.deleteTree(root);
        } catch (IOException e) {
            LOG.warn("Cannot remove the unfinished dumps in {}", root, e);
        }
    }

    private Path versionDir(DataVersion version) {
        return dir.resolve(version.digest().replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    /** Passes the triples on, and stops the stream when the write is no longer wanted. */
    private static final class Abandonable extends StreamRDFWrapper {

        private final BooleanSupplier abandoned;
        private long seen;

        Abandonable(StreamRDF files, BooleanSupplier abandoned) {
            super(files);
            this.abandoned = abandoned;
        }

        @Override
        public void triple(Triple triple) {
            if (++seen % CHECK_EVERY == 0 && abandoned.getAsBoolean()) {
                throw new Abandoned();
            }
            super.triple(triple);
        }

        @Override
        public void start() {
            if (abandoned.getAsBoolean()) {
                throw new Abandoned();
            }
            super.start();
        }
    }

    /** Unwinds a write that is no longer wanted. */
    private static final class Abandoned extends RuntimeException {

        Abandoned() {
            super("abandoned", null, false, false);
        }
    }
}
