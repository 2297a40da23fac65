package se.linkoping.lod.history;

import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.linkoping.lod.model.DateTimes;
import se.linkoping.lod.model.Iris;

/**
 * The change feed as a Linked Data Event Stream: an {@code ldes:EventStream} whose members are the
 * {@link History}'s versions, oldest first, in pages ({@code tree:Node}) of a fixed number of members,
 * each linked to the next by a {@code tree:GreaterThanOrEqualToRelation} on the time. A member is the
 * resource's description after the change with the version as its subject, {@code dct:isVersionOf}
 * the resource and {@code prov:generatedAtTime} the time; a tombstone is typed
 * {@code ldes:DeletedLDESMember} and says nothing else. A page once full never changes.
 */
public final class Feed {

    /** The path of the stream under the base; page {@code n} is at {@code feed/n}. */
    public static final String PATH = "feed";
    /** Members per page. */
    public static final int PAGE_SIZE = 100;

    static final String LDES = "https://w3id.org/ldes#";
    static final String TREE = "https://w3id.org/tree#";

    private final History history;
    private final Iris iris;
    private final int pageSize = PAGE_SIZE;

    public Feed(History history, Iris iris) {
        this.history = history;
        this.iris = iris;
    }

    /** How many members the stream has. */
    public long size() {
        return history.size();
    }

    /** How many pages the stream has: at least one, empty while it has no members. */
    public long pages(long size) {
        return Math.max(1, (size + pageSize - 1) / pageSize);
    }

    /** True when the page is full, so it never changes again. */
    public boolean isComplete(long page, long size) {
        return (page + 1) * pageSize <= size;
    }

    public String streamIri() {
        return iris.resolve(PATH);
    }

    public String pageIri(long page) {
        return iris.resolve(PATH + "/" + page);
    }

    /** The stream's description and its view, the first page. */
    public Model stream() {
        Graph graph = GraphFactory.createDefaultGraph();
        describeStream(graph);
        return ModelFactory.createModelForGraph(graph);
    }

    /** One page with its members, or empty when there is no such page. */
    public Optional<Model> page(long page, long size) {
        if (page < 0 || page >= pages(size)) {
            return Optional.empty();
        }
        Graph graph = GraphFactory.createDefaultGraph();
        Node stream = describeStream(graph);
        Node node = uri(pageIri(page));
        graph.add(node, RDF.type.asNode(), uri(TREE + "Node"));
        long first = page * pageSize;
        List<History.Member> members = history.members(first, Math.min(first + pageSize, size));
        for (History.Member member : members) {
            Node version = uri(history.versionIri(member.version().number()));
            graph.add(stream, uri(TREE + "member"), version);
            addMember(graph, version, member);
        }
        if (page + 1 < pages(size)) {
            history.version((page + 1) * pageSize).ifPresent(next -> {
                Node relation = NodeFactory.createBlankNode();
                graph.add(node, uri(TREE + "relation"), relation);
                graph.add(relation, RDF.type.asNode(), uri(TREE + "GreaterThanOrEqualToRelation"));
                graph.add(relation, uri(TREE + "node"), uri(pageIri(page + 1)));
                graph.add(relation, uri(TREE + "path"), History.GENERATED_AT);
                graph.add(relation, uri(TREE + "value"), DateTimes.exact(next.time()));
            });
        }
        return Optional.of(ModelFactory.createModelForGraph(graph));
    }

    private Node describeStream(Graph graph) {
        Node stream = uri(streamIri());
        graph.add(stream, RDF.type.asNode(), uri(LDES + "EventStream"));
        graph.add(stream, uri(LDES + "timestampPath"), History.GENERATED_AT);
        graph.add(stream, uri(LDES + "versionOfPath"), DCTerms.isVersionOf.asNode());
        graph.add(stream, uri(LDES + "versionDeletePath"), RDF.type.asNode());
        graph.add(stream, uri(LDES + "versionDeleteObject"), History.DELETED);
        Node retention = NodeFactory.createBlankNode();
        graph.add(stream, uri(LDES + "retentionPolicy"), retention);
        graph.add(retention, RDF.type.asNode(), uri(LDES + "LatestVersionSubset"));
        graph.add(retention, uri(LDES + "amount"), NodeFactory.createLiteralDT(Long.toString(Long.MAX_VALUE),
                XSDDatatype.XSDinteger));
        graph.add(stream, uri(TREE + "view"), uri(pageIri(0)));
        graph.add(stream, DCTerms.isPartOf.asNode(), uri(iris.dataset()));
        return stream;
    }

    /** The member: the description with the version in the resource's place as subject. */
    private static void addMember(Graph graph, Node version, History.Member member) {
        Node subject = member.version().subject();
        graph.add(version, DCTerms.isVersionOf.asNode(), subject);
        graph.add(version, History.GENERATED_AT, DateTimes.exact(member.version().time()));
        if (member.version().deleted()) {
            graph.add(version, RDF.type.asNode(), History.DELETED);
        }
        for (Triple t : member.description()) {
            graph.add(t.getSubject().equals(subject) ? version : t.getSubject(), t.getPredicate(), t.getObject());
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
