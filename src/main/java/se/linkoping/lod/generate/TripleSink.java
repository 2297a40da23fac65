package se.linkoping.lod.generate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;

import se.linkoping.lod.model.Iris;

/**
 * Where generated triples go: a Jena {@link StreamRDF}, with a count of what was sent and the few
 * node makers the generator needs (our IRIs under the base, texts in Swedish and English, years).
 */
final class TripleSink {

    private final StreamRDF out;
    private final Iris iris;
    private long count;

    TripleSink(StreamRDF out, Iris iris) {
        this.out = out;
        this.iris = iris;
    }

    /** Sends one triple. */
    void add(Node subject, Node predicate, Node object) {
        out.triple(Triple.create(subject, predicate, object));
        count++;
    }

    /** Sends {@code subject predicate "sv"@sv, "en"@en}. */
    void texts(Node subject, Node predicate, String sv, String en) {
        add(subject, predicate, NodeFactory.createLiteralLang(sv, "sv"));
        add(subject, predicate, NodeFactory.createLiteralLang(en, "en"));
    }

    /** Sends {@code subject rdf:type t} for each type. */
    void types(Node subject, Node... types) {
        for (Node type : types) {
            add(subject, Terms.TYPE, type);
        }
    }

    /** How many triples were sent. */
    long count() {
        return count;
    }

    /** One of our things or documents: a path relative to the base, e.g. {@code id/town/kaunas}. */
    Node local(String relative) {
        return NodeFactory.createURI(iris.resolve(relative));
    }

    /** A term of our ontology, e.g. {@code listPosition}. */
    Node lkp(String localName) {
        return NodeFactory.createURI(iris.ontologyNamespace() + localName);
    }

    static Node year(int year) {
        return NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear);
    }

    static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    static Node date(String isoDate) {
        return NodeFactory.createLiteralDT(isoDate, XSDDatatype.XSDdate);
    }

    static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }
}
