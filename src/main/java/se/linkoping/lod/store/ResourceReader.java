package se.linkoping.lod.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDFS;

/**
 * Reads the {@link ResourceData} of one resource straight from a graph's indexes: the same triples
 * and rows as {@code describe.rq} and {@code incoming.rq} give over SPARQL (see
 * {@link ResourceQueries}), without planning two queries for every page. The caller holds the read
 * transaction.
 */
final class ResourceReader {

    private static final Comparator<Triple> BY_PROPERTY_THEN_SUBJECT = Comparator
            .comparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getSubject, NodeCmp::compareRDFTerms);

    private ResourceReader() {
    }

    /** What the graph holds about the resource, with links into it from {@code offset} on, at most {@code limit}. */
    static ResourceData read(Graph graph, Node resource, long offset, int limit) {
        Model model = ModelFactory.createDefaultModel();
        Graph out = model.getGraph();
        Set<Node> named = new LinkedHashSet<>();
        List<Node> firstBlanks = copy(graph, List.of(resource), out, named);
        List<Node> secondBlanks = copy(graph, firstBlanks, out, named);
        copy(graph, secondBlanks, out, new LinkedHashSet<>());
        for (Node node : named) {
            for (Node label : ResourceTerms.LABELS) {
                graph.find(node, label, Node.ANY).forEachRemaining(out::add);
            }
        }
        List<Triple> links = graph.find(Node.ANY, Node.ANY, resource).toList();
        List<IncomingLink> page = links.stream()
                .sorted(BY_PROPERTY_THEN_SUBJECT)
                .skip(offset)
                .limit(limit)
                .map(link -> incoming(graph, model, link))
                .toList();
        return new ResourceData(model, page, links.size(), 1);
    }

    /**
     * Copies the triples of the subjects into {@code out}, adds the properties and IRI values they
     * use to {@code named}, and returns the blank nodes they link to.
     */
    private static List<Node> copy(Graph graph, List<Node> subjects, Graph out, Set<Node> named) {
        List<Node> blanks = new ArrayList<>();
        for (Node subject : subjects) {
            graph.find(subject, Node.ANY, Node.ANY).forEachRemaining(triple -> {
                out.add(triple);
                named.add(triple.getPredicate());
                Node value = triple.getObject();
                if (value.isURI()) {
                    named.add(value);
                } else if (value.isBlank()) {
                    blanks.add(value);
                }
            });
        }
        return blanks;
    }

    private static IncomingLink incoming(Graph graph, Model model, Triple link) {
        Node subject = link.getSubject();
        Node property = link.getPredicate();
        return new IncomingLink(subject, property,
                name(graph, model, subject, ResourceTerms.NAMES, "sv"),
                name(graph, model, subject, ResourceTerms.NAMES, "en"),
                otherName(graph, model, subject),
                name(graph, model, property, List.of(RDFS.label.asNode()), "sv"),
                name(graph, model, property, List.of(RDFS.label.asNode()), "en"));
    }

    /** The first literal of the properties, in their order, whose language matches {@code lang}; or null. */
    private static Literal name(Graph graph, Model model, Node node, List<Node> properties, String lang) {
        for (Node property : properties) {
            for (Triple triple : graph.find(node, property, Node.ANY).toList()) {
                Node value = triple.getObject();
                if (value.isLiteral() && NodeFunctions.langMatches(value.getLiteralLanguage(), lang)) {
                    return model.asRDFNode(value).asLiteral();
                }
            }
        }
        return null;
    }

    /** The first name in neither Swedish nor English (plain literals included); or null. */
    private static Literal otherName(Graph graph, Model model, Node node) {
        for (Node property : ResourceTerms.NAMES) {
            for (Triple triple : graph.find(node, property, Node.ANY).toList()) {
                Node value = triple.getObject();
                if (value.isLiteral() && !NodeFunctions.langMatches(value.getLiteralLanguage(), "sv")
                        && !NodeFunctions.langMatches(value.getLiteralLanguage(), "en")) {
                    return model.asRDFNode(value).asLiteral();
                }
            }
        }
        return null;
    }
}
