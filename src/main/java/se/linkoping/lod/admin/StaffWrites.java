package se.linkoping.lod.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesBase;
import org.apache.jena.rdfpatch.changes.RDFChangesCollector;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import se.linkoping.lod.history.History;
import se.linkoping.lod.load.LoadRejected;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.load.Problem;
import se.linkoping.lod.load.RdfFiles;
import se.linkoping.lod.load.ShapeCheck;
import se.linkoping.lod.logging.RepeatedMessages;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryRestrictions;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.StoreBackup;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.VersionStamp;

/**
 * The staff's writes to the served data, one at a time, each all or nothing.
 *
 * <p>A SPARQL Update or a Graph Store write runs in one write transaction on the served database;
 * before it commits, the data is checked against the shapes (as a load is) and the write is refused
 * when anything violates them. An accepted write stamps a new data version on the dataset resource
 * (so ETags, dumps, VoID and the catalogue follow) and is recorded in the {@link ChangeLog} as an RDF
 * Patch, and the new description of each resource it touched in the {@link History}. A reload or
 * upload of data files goes through the {@link Loader} into a new database, over which every edit of
 * the change log is replayed ({@link EditReplay}, conflicts recorded in {@link Conflicts}), which is
 * then switched in under the server ({@link SwitchableDataset}): no edit is lost to a load. Its record
 * is the difference between the graph served before and after ({@link LoadChanges}).
 */
public final class StaffWrites {

    /** How long one update may run. */
    public static final Duration UPDATE_TIMEOUT = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(StaffWrites.class);
    private static final RepeatedMessages WARNINGS = new RepeatedMessages(LOG, Duration.ofMinutes(1));
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private final SwitchableDataset dataset;
    private final StoreDirectory directory;
    private final List<Path> dataPaths;
    private final Iris iris;
    private final ChangeLog changeLog;
    private final EditReplay replay;
    private final History history;
    private final Duration writeWait;
    private final ReentrantLock writing = new ReentrantLock();
    private DatasetGraph retired;
    private volatile Consumer<DataVersion> afterEachWrite = version -> { };

    /**
     * What an accepted write did.
     *
     * @param summary  what changed, in words ("2 triple(s) added, 1 deleted", "1,356 triples loaded")
     * @param logEntry the change log's record of it
     */
    public record Accepted(String version, Instant modified, String summary, Path logEntry) {
    }

    /**
     * @param dataset   the served dataset
     * @param directory the store folder (for reloads)
     * @param dataPaths the data files and folders a reload reads; uploads go to the first folder among them
     * @param iris      the public base
     * @param changeLog where accepted writes are recorded
     * @param history   where the versions of the resources each write changed are recorded
     */
    public StaffWrites(SwitchableDataset dataset, StoreDirectory directory, List<Path> dataPaths, Iris iris,
                       ChangeLog changeLog, History history) {
        this(dataset, directory, dataPaths, iris, changeLog, history, AdminLimits.DEFAULT_WRITE_WAIT);
    }

    /**
     * @param writeWait how long a write waits for the one running before it; longer, it is refused with 503
     */
    public StaffWrites(SwitchableDataset dataset, StoreDirectory directory, List<Path> dataPaths, Iris iris,
                       ChangeLog changeLog, History history, Duration writeWait) {
        this.dataset = dataset;
        this.directory = directory;
        this.dataPaths = List.copyOf(dataPaths);
        this.iris = iris;
        this.changeLog = changeLog;
        this.replay = new EditReplay(changeLog, new Conflicts(changeLog.folder()), iris);
        this.history = history;
        this.writeWait = writeWait;
    }

    /**
     * Writes a backup of the served data, its history and the change log into a new folder under {@code backups/} in
     * the store folder, while the server serves; writes wait until it is written, so the two match.
     */
    public StoreBackup.Summary backup() {
        return alone(() -> StoreBackup.write(dataset.current(), Optional.of(history.database()),
                directory.currentLoadInfo(), changeLog.folder(), StoreBackup.newFolder(directory)));
    }

    /**
     * Runs the action with the new data version after each accepted write, from any route (its dumps are
     * then written).
     */
    public void afterEachWrite(Consumer<DataVersion> action) {
        this.afterEachWrite = action;
    }

    /** Runs a SPARQL 1.1 Update; its relative IRIs resolve against the base. {@code LOAD} is not offered. */
    public Accepted update(String updateText, String who) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(updateText, iris.base());
        } catch (QueryParseException e) {
            throw new WriteRefused(400, "The update does not parse: " + e.getMessage());
        }
        if (request.getOperations().stream().anyMatch(UpdateLoad.class::isInstance)) {
            throw new WriteRefused(400, "LOAD is not offered: send the data to /admin/data or upload the file.");
        }
        return alone(() -> write(who, "update", target -> UpdateExec.dataset(target).update(request)
                .context(QueryRestrictions.context(UPDATE_TIMEOUT)).execute()));
    }

    /**
     * A Graph Store Protocol write on the default graph: {@code PUT} replaces it, {@code POST} adds
     * to it, {@code DELETE} empties it (which the shapes then refuse, as they live in it).
     */
    public Accepted graph(String method, Lang lang, byte[] body, String who) {
        Graph parsed = "DELETE".equals(method) ? GraphFactory.createDefaultGraph() : parse(body, lang);
        return alone(() -> write(who, "data " + method, target -> {
            if (!"POST".equals(method)) {
                target.deleteAny(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY);
            }
            parsed.find().forEach(triple -> target.add(Quad.defaultGraphIRI, triple.getSubject(),
                    triple.getPredicate(), triple.getObject()));
        }));
    }

    /**
     * An edit of the default graph made by the editor: removes and adds the given triples, checked by the
     * shapes like every write, recorded as an RDF Patch with the operation given ({@code edit IRI},
     * {@code revert NAME}, {@code delete IRI}).
     */
    public Accepted edit(String who, String operation, List<Triple> removed, List<Triple> added) {
        return alone(() -> write(who, operation, target -> {
            removed.forEach(t -> target.delete(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject()));
            added.forEach(t -> target.add(Quad.defaultGraphIRI, t.getSubject(), t.getPredicate(), t.getObject()));
        }));
    }

    /** Reads the served default graph (data, ontology and shapes) in one read transaction. */
    public <T> T read(Function<Graph, T> reader) {
        DatasetGraph current = dataset.current();
        return Txn.calculateRead(current, () -> reader.apply(current.getDefaultGraph()));
    }

    /** The record of every accepted change. */
    public ChangeLog changeLog() {
        return changeLog;
    }

    /** The edits the last load could not replay over the files. */
    public Conflicts conflicts() {
        return new Conflicts(changeLog.folder());
    }

    /** The public base. */
    public Iris iris() {
        return iris;
    }

    /** Loads the data files again, all or nothing, and serves what they hold. */
    public Accepted reload(String who) {
        return alone(() -> load(who, "reload"));
    }

    /**
     * Adds or replaces one data file in the first data folder, then reloads. When the load is
     * refused the file is put back as it was.
     */
    public Accepted upload(String fileName, byte[] content, String who) {
        return alone(() -> replaceFileAndLoad(fileName, content, who));
    }

    /**
     * Runs one write while no other runs: waits at most the write wait for the one before it.
     *
     * @throws WriteRefused 503 when the one before it did not finish in time
     */
    private <T> T alone(Supplier<T> write) {
        boolean locked;
        try {
            locked = writing.tryLock(writeWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteRefused(503, "Interrupted while waiting for another write; nothing was written.");
        }
        if (!locked) {
            throw new WriteRefused(503, "Another write has been running for over " + writeWait.toSeconds()
                    + " s; nothing was written. Try again later.");
        }
        try {
            return write.get();
        } finally {
            writing.unlock();
        }
    }

    private Accepted replaceFileAndLoad(String fileName, byte[] content, String who) {
        if (!FILE_NAME.matcher(fileName).matches() || RdfFiles.langOf(Path.of(fileName)) == null) {
            throw new WriteRefused(400, "Not a data file name: " + fileName
                    + " (letters, digits, '.', '-', '_' and an RDF extension such as .ttl)");
        }
        Path folder = dataPaths.stream().filter(Files::isDirectory).findFirst()
                .orElseThrow(() -> new WriteRefused(409, "No data folder to upload into: the data is given as files"));
        Path target = folder.resolve(fileName);
        try {
            byte[] before = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
            replace(target, content);
            try {
                return load(who, "upload " + fileName);
            } catch (RuntimeException refused) {
                if (before == null) {
                    Files.deleteIfExists(target);
                } else {
                    replace(target, before);
                }
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private Accepted load(String who, String operation) {
        Loader.Result result;
        try {
            result = new Loader(directory, iris).load(dataPaths, replay);
        } catch (LoadRejected rejected) {
            throw new WriteRefused(422, "The data was refused; the served data is unchanged.", rejected.problems());
        } catch (IllegalArgumentException unusable) {
            throw new WriteRefused(422, unusable.getMessage());
        }
        DatasetGraph previous = dataset.switchTo(directory.openCurrent());
        if (retired != null && retired != previous) {
            StoreDirectory.release(retired);
        }
        retired = previous;
        Path entry = LoadChanges.record(changeLog, history, previous, dataset.current(), result.loaded(), who,
                operation, result.version()).entry();
        LOG.info("{} by {}: {} triples, version {}", operation, who, result.triples(), result.version());
        afterEachWrite.accept(new DataVersion(result.version(), result.loaded()));
        return new Accepted(result.version(), result.loaded(),
                String.format("%,d triples loaded from the files", result.triples()), entry);
    }

    private Accepted write(String who, String operation, Consumer<DatasetGraph> change) {
        DatasetGraph base = dataset.current();
        RDFChangesCollector collector = new RDFChangesCollector();
        DatasetGraph recording = RDFPatchOps.changes(base, collector);
        Instant now = Instant.now();
        Committed committed;
        try {
            // Begun on the served dataset (which pins it to base): its commit counts as a write there.
            committed = Txn.calculateWrite(dataset, () -> {
                DataVersion current = VersionStamp.read(base, iris);
                String previous = current.equals(DataVersion.NONE) ? "" : current.digest();
                change.accept(recording);
                RDFPatch changes = collector.getRDFPatch();
                if (Counts.of(changes).namedGraphs > 0) {
                    throw new WriteRefused(422, "Only the default graph is published: the write touched a named graph.");
                }
                List<Problem> violations = check(base.getDefaultGraph());
                if (!violations.isEmpty()) {
                    throw new WriteRefused(422, "The write would break the shapes; nothing was written.", violations);
                }
                String version = nextVersion(previous, changes);
                VersionStamp.write(base, iris, version, now);
                return new Committed(changes, version);
            });
        } catch (RiotException | QueryException e) {
            throw new WriteRefused(400, "The write failed, nothing was written: " + e.getMessage());
        }
        Counts counts = Counts.of(committed.patch());
        Path entry = changeLog.record(now, who, operation, committed.version(), committed.patch());
        Txn.executeRead(base, () -> history.record(base.getDefaultGraph(), touched(committed.patch()), now));
        LOG.info("{} by {}: {} triple(s) added, {} deleted, version {}", operation, who, counts.added,
                counts.deleted, committed.version());
        afterEachWrite.accept(new DataVersion(committed.version(), now));
        return new Accepted(committed.version(), now,
                counts.added + " triple(s) added, " + counts.deleted + " deleted", entry);
    }

    /** The subjects of the triples a patch added or deleted, and the dataset resource, whose version it changed. */
    private Set<Node> touched(RDFPatch patch) {
        Set<Node> subjects = new LinkedHashSet<>();
        subjects.add(NodeFactory.createURI(iris.dataset()));
        patch.apply(new RDFChangesBase() {
            @Override
            public void add(Node g, Node s, Node p, Node o) {
                subjects.add(s);
            }

            @Override
            public void delete(Node g, Node s, Node p, Node o) {
                subjects.add(s);
            }
        });
        return subjects;
    }

    private static List<Problem> check(Graph graph) {
        try {
            return ShapeCheck.of(graph).check(graph);
        } catch (IllegalArgumentException noShapes) {
            return List.of(new Problem.Violation("(the data)", "(the shapes)", noShapes.getMessage()));
        }
    }

    /** The triples of a body, parsed before any write begins. */
    private Graph parse(byte[] body, Lang lang) {
        List<Problem> problems = new ArrayList<>();
        Graph target = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(iris.base())
                    .errorHandler(new Collecting(problems)).parse(StreamRDFLib.graph(target));
        } catch (RiotException e) {
            if (problems.isEmpty()) {
                problems.add(new Problem.Syntax("(request body)", -1, -1, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new WriteRefused(400, "The data does not parse as " + lang.getName() + "; nothing was written.",
                    problems);
        }
        return target;
    }

    /** The next version: a digest of the previous one and the change, so equal histories give equal versions. */
    static String nextVersion(String previous, RDFPatch patch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(RDFPatchOps.str(patch).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A committed change and the data version it made. */
    private record Committed(RDFPatch patch, String version) {
    }

    /** Triples added and deleted by a patch, and changes to named graphs. */
    private static final class Counts extends RDFChangesBase {
        long added;
        long deleted;
        long namedGraphs;

        static Counts of(RDFPatch patch) {
            Counts counts = new Counts();
            patch.apply(counts);
            return counts;
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            added++;
            count(g);
        }

        @Override
        public void delete(Node g, Node s, Node p, Node o) {
            deleted++;
            count(g);
        }

        private void count(Node g) {
            if (g != null && !Quad.isDefaultGraph(g)) {
                namedGraphs++;
            }
        }
    }

    /** Collects parse errors with their place, up to {@link #MAX_PROBLEMS}; warnings are logged. */
    private static final class Collecting implements ErrorHandler {
        private static final int MAX_PROBLEMS = 100;

        private final List<Problem> problems;

        Collecting(List<Problem> problems) {
            this.problems = problems;
        }

        @Override
        public void warning(String message, long line, long col) {
            WARNINGS.log(Level.WARN, "parse warning", "(request body):{}:{}: {}", line, col, Excerpt.of(message));
        }

        @Override
        public void error(String message, long line, long col) {
            problems.add(new Problem.Syntax("(request body)", line, col, message));
            if (problems.size() >= MAX_PROBLEMS) {
                throw new RiotException("Stopped after " + MAX_PROBLEMS + " errors");
            }
        }

        @Override
        public void fatal(String message, long line, long col) {
            problems.add(new Problem.Syntax("(request body)", line, col, message));
            throw new RiotException(message);
        }
    }
}
