package se.linkoping.lod.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDFS;

import se.linkoping.lod.model.GeneralRelations;
import se.linkoping.lod.model.LabelTerms;

/**
 * Reads the {@link ResourceData} of one resource straight from a graph's indexes: the same triples
 * and rows as {@code resource.rq} gives over SPARQL (see {@link ResourceQueries}), without planning
 * a query for every page. The caller holds the read
 * transaction.
 */
final class ResourceReader {

    private static final Comparator<Triple> BY_PROPERTY_THEN_SUBJECT = Comparator
            .comparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
            .thenComparing(Triple::getSubject, NodeCmp::compareRDFTerms);

    /** The labels of what a resource links to ({@code resource.rq}'s description). */
    private static final List<Node> LABELS = LabelTerms.nodes(LabelTerms.LABELS);
    /** The names of the resources that link to it ({@code resource.rq}'s links), in order of preference. */
    private static final List<Node> NAMES = LabelTerms.nodes(LabelTerms.NAMES);
    /** The labels of a linking property ({@code resource.rq}'s links). */
    private static final List<Node> PROPERTY_LABELS = List.of(RDFS.label.asNode());

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
            names(graph, node, LABELS).forEach(out::add);
        }
        List<Triple> links = shownOnlyHere(graph, resource, graph.find(Node.ANY, Node.ANY, resource).toList());
        Map<Node, List<Triple>> propertyLabels = new HashMap<>();
        List<IncomingLink> page = links.stream()
                .sorted(BY_PROPERTY_THEN_SUBJECT)
                .skip(offset)
                .limit(limit)
                .map(link -> incoming(model, link, names(graph, link.getSubject(), NAMES),
                        propertyLabels.computeIfAbsent(link.getPredicate(), p -> names(graph, p, PROPERTY_LABELS))))
                .toList();
        return new ResourceData(model, page, links.size(), 1);
    }

    /**
     * The links the page does not show otherwise ({@code resource.rq} leaves out the same): none from
     * a thing the resource links to, and no general relation beside a specific one from the same thing.
     */
    private static List<Triple> shownOnlyHere(Graph graph, Node resource, List<Triple> links) {
        Set<Node> specific = new HashSet<>();
        links.stream().filter(link -> !GeneralRelations.isGeneral(link.getPredicate()))
                .forEach(link -> specific.add(link.getSubject()));
        return links.stream()
                .filter(link -> !graph.contains(resource, Node.ANY, link.getSubject()))
                .filter(link -> !GeneralRelations.isGeneral(link.getPredicate()) || !specific.contains(link.getSubject()))
                .toList();
    }

    /**
     * The node's triples with one of the properties, ordered as the properties are (in the order the
     * store holds them for each). One look-up for all of them: far cheaper than one per property.
     */
    private static List<Triple> names(Graph graph, Node node, List<Node> properties) {
        return graph.find(node, Node.ANY, Node.ANY)
                .filterKeep(triple -> properties.contains(triple.getPredicate()))
                .toList().stream()
                .sorted(Comparator.comparingInt(triple -> properties.indexOf(triple.getPredicate())))
                .toList();
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

    private static IncomingLink incoming(Model model, Triple link, List<Triple> subjectNames, List<Triple> propertyLabels) {
        return new IncomingLink(link.getSubject(), link.getPredicate(),
                first(model, subjectNames, lang -> NodeFunctions.langMatches(lang, "sv")),
                first(model, subjectNames, lang -> NodeFunctions.langMatches(lang, "en")),
                first(model, subjectNames, lang -> !NodeFunctions.langMatches(lang, "sv") && !NodeFunctions.langMatches(lang, "en")),
                first(model, propertyLabels, lang -> NodeFunctions.langMatches(lang, "sv")),
                first(model, propertyLabels, lang -> NodeFunctions.langMatches(lang, "en")));
    }

    /** The first literal among the triples' values whose language tag passes; or null. */
    private static Literal first(Model model, List<Triple> names, Predicate<String> language) {
        for (Triple triple : names) {
            Node value = triple.getObject();
            if (value.isLiteral() && language.test(value.getLiteralLanguage())) {
                return model.asRDFNode(value).asLiteral();
            }
        }
        return null;
    }
}
