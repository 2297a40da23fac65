package se.linkoping.lod.store;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The properties whose values name things, as {@code resource.rq} lists
 * them; {@link ResourceReader} reads the same ones, in the same order.
 */
final class ResourceTerms {

    /** The labels of what a resource links to ({@code resource.rq}'s description). */
    static final List<Node> LABELS = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(),
            FOAF.name.asNode(), NodeFactory.createURI("http://schema.org/name"));

    /** The names of the resources that link to it ({@code resource.rq}'s links), in the order of its property path. */
    static final List<Node> NAMES = Stream.concat(LABELS.stream(), Stream.of(SHACL.name)).toList();

    private ResourceTerms() {
    }
}
