package se.linkoping.lod.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiConsumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.DateTimes;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.VersionStamp;

/**
 * The versions of the data's resources: after each accepted change, each changed resource's whole
 * description (or a tombstone when it has none left), numbered in the order they were made. Kept in a
 * TDB2 database of its own in the store folder, beside the change log: it survives loads, which replace
 * the data's database, and holds only what changed, never a copy of the store per version.
 *
 * <p>Each version is a named graph {@code <{base}version/{n}>} holding the description (its blank
 * nodes its own); the default graph indexes them: {@code dct:isVersionOf} the resource,
 * {@code prov:generatedAtTime} the time, and {@code rdf:type ldes:DeletedLDESMember} for a tombstone.
 * Times only go forward: each change's versions are later than the change's before it, so the time
 * orders the changes.
 *
 * <p>The first versions of a history with none, the baseline, are streamed into its empty database by
 * Jena's bulk loader. {@code serve} makes them in the background ({@link #baselineInBackground}): until
 * they are made the history is {@link #isBuilding() building}, its readers say so rather than read it, and
 * a change waits for them before it records its own versions.
 */
public final class History implements AutoCloseable {

    /** The path of version {@code n} under the base: {@code version/n}. */
    public static final String VERSION_PATH = "version/";

    static final Node GENERATED_AT = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
    static final Node DELETED = NodeFactory.createURI("https://w3id.org/ldes#DeletedLDESMember");
    private static final Node IS_VERSION_OF = DCTerms.isVersionOf.asNode();
    private static final Node COUNTER = NodeFactory.createURI("urn:x-lod-history:versions");
    private static final Node COUNT = NodeFactory.createURI("urn:x-lod-history:count");
    private static final Node LAST_TIME = NodeFactory.createURI("urn:x-lod-history:last");
    private static final int BATCH = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(History.class);

    private final DatasetGraph database;
    private final Iris iris;
    private volatile CountDownLatch baselineMade = new CountDownLatch(0);

    private History(DatasetGraph database, Iris iris) {
        this.database = database;
        this.iris = iris;
    }

    /** Opens (or creates) the history in the store folder. */
    public static History open(Path storeFolder, Iris iris) {
        return new History(DatabaseMgr.connectDatasetGraph(Location.create(storeFolder.resolve(StoreDirectory.HISTORY))),
                iris);
    }

    /**
     * One version of a resource.
     *
     * @param number  its place in the history, from 0
     * @param subject the resource
     * @param time    when the change that made it was accepted
     * @param deleted true for a tombstone: the resource has no description left
     */
    public record Version(long number, Node subject, Instant time, boolean deleted) {
    }

    /** A version with its description. */
    public record Member(Version version, List<Triple> description) {
    }

    /** The IRI of version {@code n}. */
    public String versionIri(long number) {
        return iris.resolve(VERSION_PATH + number);
    }

    /** How many versions there are. */
    public long size() {
        return Txn.calculateRead(database, () -> counter(COUNT).map(node -> ((Number) node.getLiteralValue()).longValue())
                .orElse(0L));
    }

    public boolean isEmpty() {
        return size() == 0;
    }

    /**
     * Records the first version of every resource of the graph (not blank nodes), at that time; for a
     * history that has none yet. In the caller's read transaction on the graph. Into an empty database the
     * versions are streamed by Jena's bulk loader, in one go; else they are recorded as a change's are.
     */
    public void baseline(Graph graph, Instant time) {
        long start = System.nanoTime();
        long versions;
        if (hasNoQuads()) {
            versions = bulkBaseline(graph, time);
        } else {
            try (Recorder recorder = new Recorder(time)) {
                versions = forEachResource(graph, recorder::version);
            }
        }
        LOG.info(String.format("Recorded the first versions of %,d resources in %.1f s", versions,
                (System.nanoTime() - start) / 1e9));
    }

    private boolean hasNoQuads() {
        return Txn.calculateRead(database, () -> database.isEmpty());
    }

    /**
     * The baseline into an empty database: quads streamed to Jena's sequential bulk loader (one thread,
     * little memory: it runs in a small server's heap), the counter last.
     */
    private long bulkBaseline(Graph graph, Instant time) {
        DataLoader loader = LoaderFactory.sequentialLoader(database,
                (format, args) -> LOG.debug(String.format(format, args)));
        StreamRDF quads = loader.stream();
        long[] next = {0};
        loader.startBulk();
        try {
            forEachResource(graph, (subject, description) -> {
                Node node = NodeFactory.createURI(versionIri(next[0]++));
                versionQuads(node, subject, time, description).forEach(quad -> send(quads, quad));
            });
            counterQuads(next[0], time).forEach(quad -> send(quads, quad));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return next[0];
    }

    /** The loader takes the default graph's quads as triples. */
    private static void send(StreamRDF stream, Quad quad) {
        if (quad.isDefaultGraph()) {
            stream.triple(quad.asTriple());
        } else {
            stream.quad(quad);
        }
    }

    /** Hands each resource of the graph (not blank nodes) with its description to the action; how many. */
    private static long forEachResource(Graph graph, BiConsumer<Node, List<Triple>> action) {
        long[] count = {0};
        GraphDiff.forEachSubject(graph, subject -> {
            action.accept(subject, Descriptions.of(graph, subject));
            count[0]++;
        });
        return count[0];
    }

    /** The quads of one version: its index entry in the default graph, its description in its own graph. */
    private static List<Quad> versionQuads(Node node, Node subject, Instant time, List<Triple> description) {
        List<Quad> quads = new ArrayList<>(description.size() + 3);
        quads.add(Quad.create(Quad.defaultGraphIRI, node, IS_VERSION_OF, subject));
        quads.add(Quad.create(Quad.defaultGraphIRI, node, GENERATED_AT, DateTimes.exact(time)));
        if (description.isEmpty()) {
            quads.add(Quad.create(Quad.defaultGraphIRI, node, RDF.type.asNode(), DELETED));
        }
        Map<Node, Node> blankNodes = new HashMap<>();
        for (Triple t : description) {
            quads.add(Quad.create(node, own(t.getSubject(), blankNodes), t.getPredicate(), own(t.getObject(), blankNodes)));
        }
        return quads;
    }

    private static List<Quad> counterQuads(long count, Instant time) {
        return List.of(Quad.create(Quad.defaultGraphIRI, COUNTER, COUNT,
                        NodeFactory.createLiteralDT(Long.toString(count), XSDDatatype.XSDlong)),
                Quad.create(Quad.defaultGraphIRI, COUNTER, LAST_TIME, DateTimes.exact(time)));
    }

    /** A blank node of this version's own, so no two versions share one. */
    private static Node own(Node node, Map<Node, Node> blankNodes) {
        return node.isBlank() ? blankNodes.computeIfAbsent(node, b -> NodeFactory.createBlankNode()) : node;
    }

    /**
     * Records the versions one change made: the description, in the graph after it, of each resource it
     * touched (a blank node stands for the resources whose description reaches it). In the caller's read
     * transaction on the graph.
     */
    public void record(Graph after, Collection<Node> touched, Instant time) {
        Set<Node> subjects = new LinkedHashSet<>();
        for (Node node : touched) {
            owners(after, node, subjects);
        }
        try (Recorder recorder = recorder(time)) {
            subjects.forEach(subject -> recorder.version(subject, Descriptions.of(after, subject)));
        }
    }

    /** The resources whose description holds the node: itself, or those that reach a blank node. */
    private static void owners(Graph graph, Node node, Set<Node> owners) {
        if (!node.isBlank()) {
            owners.add(node);
            return;
        }
        Set<Node> seen = new HashSet<>();
        Deque<Node> next = new ArrayDeque<>(List.of(node));
        while (!next.isEmpty()) {
            graph.find(Node.ANY, Node.ANY, next.pop()).forEachRemaining(t -> {
                Node s = t.getSubject();
                if (!s.isBlank()) {
                    owners.add(s);
                } else if (seen.add(s)) {
                    next.push(s);
                }
            });
        }
    }

    /**
     * Records the first version of every resource of the data, at the time of its data version, when the
     * history has none yet (a store loaded before it kept a history, or loaded by another command, or
     * first loaded by {@code load}, which leaves the first versions to be made here).
     */
    public void baselineIfEmpty(DatasetGraph data) {
        awaitBaseline();
        if (isEmpty()) {
            baselineFrom(data);
        }
    }

    /** The first versions of the data, at the time of its data version, over whatever an interrupted attempt left. */
    private void baselineFrom(DatasetGraph data) {
        clearUnfinished();
        Txn.executeRead(data, () -> baseline(data.getDefaultGraph(), VersionStamp.read(data, iris).modified()));
    }

    /**
     * As {@link #baselineIfEmpty}, in a thread of its own: returns at once, and the history is
     * {@link #isBuilding() building} until the first versions are made.
     *
     * @return the thread making them, or empty when the history has versions already
     */
    public Optional<Thread> baselineInBackground(DatasetGraph data) {
        if (!isEmpty()) {
            return Optional.empty();
        }
        CountDownLatch made = new CountDownLatch(1);
        baselineMade = made;
        Thread thread = new Thread(() -> {
            try {
                baselineFrom(data);
            } catch (RuntimeException e) {
                LOG.error("Could not record the first versions of the data in the history", e);
            } finally {
                made.countDown();
            }
        }, "history-baseline");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(thread);
    }

    /** True while the first versions are being made: the history cannot be read yet. */
    public boolean isBuilding() {
        return baselineMade.getCount() > 0;
    }

    /** Waits until the first versions, if they are being made, are made. */
    public void awaitBaseline() {
        try {
            baselineMade.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the history's first versions were being made", e);
        }
    }

    /** A baseline cut short (the process stopped) left versions without their counter: they are dropped. */
    private void clearUnfinished() {
        if (!hasNoQuads()) {
            LOG.warn("The history holds versions of a first recording that did not finish: recording them again");
            Txn.executeWrite(database, database::clear);
        }
    }

    /** Starts recording the versions one change made; close it to finish. */
    public Recorder recorder(Instant time) {
        awaitBaseline();
        return new Recorder(time);
    }

    /** The versions numbered {@code from} (inclusive) to {@code to} (exclusive), with their descriptions. */
    public List<Member> members(long from, long to) {
        return Txn.calculateRead(database, () -> {
            List<Member> members = new ArrayList<>();
            for (long n = from; n < to; n++) {
                Optional<Version> version = versionIn(n);
                if (version.isEmpty()) {
                    break;
                }
                Node graph = NodeFactory.createURI(versionIri(n));
                List<Triple> description = new ArrayList<>();
                database.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> description.add(q.asTriple()));
                members.add(new Member(version.get(), description));
            }
            return members;
        });
    }

    /**
     * The newest versions of a resource, oldest first, and how many it has in all.
     *
     * @param newest the versions, at most as many as asked for
     * @param total  how many versions the resource has
     */
    public record Versions(List<Version> newest, int total) {
    }

    /** Every version of a resource, oldest first. */
    public List<Version> versionsOf(Node subject) {
        return newestVersionsOf(subject, Integer.MAX_VALUE).newest();
    }

    /**
     * The newest {@code limit} versions of a resource, oldest first: only those are read, so a page that
     * lists them costs the same however often the resource changed.
     */
    public Versions newestVersionsOf(Node subject, int limit) {
        return Txn.calculateRead(database, () -> {
            List<Long> numbers = new ArrayList<>();
            database.find(Quad.defaultGraphIRI, Node.ANY, IS_VERSION_OF, subject).forEachRemaining(quad ->
                    numbers.add(number(quad.getSubject())));
            numbers.sort(null);
            List<Version> versions = new ArrayList<>();
            numbers.subList(Math.max(0, numbers.size() - limit), numbers.size())
                    .forEach(number -> versionIn(number).ifPresent(versions::add));
            return new Versions(versions, numbers.size());
        });
    }

    /** Version {@code n}, without its description; empty when there is none yet. */
    public Optional<Version> version(long number) {
        return Txn.calculateRead(database, () -> versionIn(number));
    }

    /** The description of one version. */
    public List<Triple> description(Version version) {
        return members(version.number(), version.number() + 1).stream().findFirst()
                .map(Member::description).orElse(List.of());
    }

    /** The database the versions are kept in, for backups. */
    public DatasetGraph database() {
        awaitBaseline();
        return database;
    }

    @Override
    public void close() {
        if (isBuilding()) {
            LOG.info("Waiting for the history's first versions to be recorded before closing it");
            awaitBaseline();
        }
        TDBInternal.expel(database);
    }

    private Optional<Version> versionIn(long number) {
        Node node = NodeFactory.createURI(versionIri(number));
        Optional<Node> subject = object(node, IS_VERSION_OF);
        Optional<Node> time = object(node, GENERATED_AT);
        if (subject.isEmpty() || time.isEmpty()) {
            return Optional.empty();
        }
        boolean deleted = database.contains(Quad.defaultGraphIRI, node, RDF.type.asNode(), DELETED);
        return Optional.of(new Version(number, subject.get(), instant(time.get()), deleted));
    }

    private long number(Node versionNode) {
        String iri = versionNode.getURI();
        return Long.parseLong(iri.substring(iri.lastIndexOf('/') + 1));
    }

    private Optional<Node> object(Node subject, Node predicate) {
        Iterator<Quad> found = database.find(Quad.defaultGraphIRI, subject, predicate, Node.ANY);
        try {
            return found.hasNext() ? Optional.of(found.next().getObject()) : Optional.empty();
        } finally {
            Iter.close(found);
        }
    }

    private Optional<Node> counter(Node predicate) {
        return object(COUNTER, predicate);
    }

    private static Instant instant(Node literal) {
        return ((XSDDateTime) literal.getLiteralValue()).asCalendar().toInstant();
    }

    /**
     * Records the versions of one change, numbered on from the last; commits every {@value #BATCH}
     * versions and when closed, so a large change does not hold them all in one transaction.
     */
    public final class Recorder implements AutoCloseable {
        private final Instant time;
        private long next;
        private int pending;

        private Recorder(Instant when) {
            database.begin(TxnType.WRITE);
            Instant last = counter(LAST_TIME).map(History::instant).orElse(Instant.EPOCH);
            this.time = when.isAfter(last) ? when : last.plusMillis(1);
            this.next = counter(COUNT).map(node -> ((Number) node.getLiteralValue()).longValue()).orElse(0L);
        }

        /** Records a version of the resource: its description after the change, empty when it has none left. */
        public void version(Node subject, List<Triple> description) {
            versionQuads(NodeFactory.createURI(versionIri(next++)), subject, time, description).forEach(database::add);
            if (++pending >= BATCH) {
                commit();
                database.begin(TxnType.WRITE);
            }
        }

        @Override
        public void close() {
            commit();
        }

        private void commit() {
            database.deleteAny(Quad.defaultGraphIRI, COUNTER, Node.ANY, Node.ANY);
            counterQuads(next, time).forEach(database::add);
            database.commit();
            database.end();
            pending = 0;
        }
    }
}
