package se.linkoping.lod.staff;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Names of things and values for people, from the data: a label in the language asked for, not an IRI. */
final class Labels {

    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(),
            NodeFactory.createURI("http://xmlns.com/foaf/0.1/name"), RDFS.label.asNode(),
            NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createURI("http://www.w3.org/ns/shacl#name"));

    private final Graph graph;
    private final String lang;

    Labels(Graph graph, String lang) {
        this.graph = graph;
        this.lang = lang;
    }

    /** A thing's label in the language, else in any, else the last part of its IRI. */
    String of(Node thing) {
        if (!thing.isURI() && !thing.isBlank()) {
            return value(thing);
        }
        String any = null;
        for (Node property : LABELS) {
            for (Triple t : graph.find(thing, property, Node.ANY).toList()) {
                if (t.getObject().isLiteral()) {
                    if (lang.equals(t.getObject().getLiteralLanguage())) {
                        return t.getObject().getLiteralLexicalForm();
                    }
                    if (any == null) {
                        any = t.getObject().getLiteralLexicalForm();
                    }
                }
            }
        }
        if (any != null) {
            return any;
        }
        String iri = thing.isURI() ? thing.getURI() : thing.getBlankNodeLabel();
        return iri.substring(Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1);
    }

    /** A value as people read it: a literal's text (with its language when it has one), a thing's label. */
    String value(Node value) {
        if (value.isLiteral()) {
            String language = value.getLiteralLanguage();
            return value.getLiteralLexicalForm() + (language.isEmpty() ? "" : " (" + language + ")");
        }
        return of(value);
    }
}
