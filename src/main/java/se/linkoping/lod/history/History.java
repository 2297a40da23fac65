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

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

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

    private final DatasetGraph database;
    private final Iris iris;

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
     * history that has none yet. In the caller's read transaction on the graph.
     */
    public void baseline(Graph graph, Instant time) {
        try (Recorder recorder = recorder(time)) {
            Node last = null;
            var triples = graph.find();
            try {
                while (triples.hasNext()) {
                    Node subject = triples.next().getSubject();
                    if (!subject.equals(last) && !subject.isBlank()) {
                        recorder.version(subject, Descriptions.of(graph, subject));
                    }
                    last = subject;
                }
            } finally {
                triples.close();
            }
        }
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
     * history has none yet (a store loaded before it kept a history, or loaded by another command).
     */
    public void baselineIfEmpty(DatasetGraph data) {
        if (isEmpty()) {
            Txn.executeRead(data, () -> baseline(data.getDefaultGraph(), VersionStamp.read(data, iris).modified()));
        }
    }

    /** Starts recording the versions one change made; close it to finish. */
    public Recorder recorder(Instant time) {
        return new Recorder(time);
    }

    /** The versions numbered {@code from} (inclusive) to {@code to} (exclusive), with their descriptions. */
    public List<Member> members(long from, long to) {
        return Txn.calculateRead(database, () -> {
            List<Member> members = new ArrayList<>();
            for (long n = from; n < to; n++) {
                Optional<Version> version = version(n);
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

    /** Every version of a resource, oldest first. */
    public List<Version> versionsOf(Node subject) {
        return Txn.calculateRead(database, () -> {
            List<Version> versions = new ArrayList<>();
            database.find(Quad.defaultGraphIRI, Node.ANY, IS_VERSION_OF, subject).forEachRemaining(quad ->
                    version(number(quad.getSubject())).ifPresent(versions::add));
            versions.sort((a, b) -> Long.compare(a.number(), b.number()));
            return versions;
        });
    }

    /** The description of one version. */
    public List<Triple> description(Version version) {
        return members(version.number(), version.number() + 1).stream().findFirst()
                .map(Member::description).orElse(List.of());
    }

    /** The database the versions are kept in, for backups. */
    public DatasetGraph database() {
        return database;
    }

    @Override
    public void close() {
        TDBInternal.expel(database);
    }

    private Optional<Version> version(long number) {
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
            Node node = NodeFactory.createURI(versionIri(next++));
            database.add(Quad.defaultGraphIRI, node, IS_VERSION_OF, subject);
            database.add(Quad.defaultGraphIRI, node, GENERATED_AT, DateTimes.exact(time));
            if (description.isEmpty()) {
                database.add(Quad.defaultGraphIRI, node, RDF.type.asNode(), DELETED);
            }
            Map<Node, Node> blankNodes = new HashMap<>();
            for (Triple t : description) {
                database.add(node, own(t.getSubject(), blankNodes), t.getPredicate(), own(t.getObject(), blankNodes));
            }
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
            database.add(Quad.defaultGraphIRI, COUNTER, COUNT, NodeFactory.createLiteralDT(Long.toString(next),
                    XSDDatatype.XSDlong));
            database.add(Quad.defaultGraphIRI, COUNTER, LAST_TIME, DateTimes.exact(time));
            database.commit();
            database.end();
            pending = 0;
        }

        /** A blank node of this version's own, so no two versions share one. */
        private static Node own(Node node, Map<Node, Node> blankNodes) {
            return node.isBlank() ? blankNodes.computeIfAbsent(node, b -> NodeFactory.createBlankNode()) : node;
        }
    }
}
