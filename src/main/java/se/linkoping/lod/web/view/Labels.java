package se.linkoping.lod.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

import se.linkoping.lod.model.LabelTerms;

/**
 * Picks the text to show for a resource: the label in the page's language, else in the other of
 * Swedish and English, else one without a language, else any.
 */
public final class Labels {

    private Labels() {
    }

    /** The best label of a resource in the model, if it has one. */
    public static Optional<Text> of(Model model, Resource resource, PageLanguage lang) {
        for (Property property : LabelTerms.LABELS) {
            Optional<Text> best = best(literals(model, resource, property), lang);
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** The best of the literals a result row binds to these variables, for the reader's language. */
    public static Optional<Text> best(QuerySolution row, PageLanguage lang, String... variables) {
        List<Literal> literals = new ArrayList<>();
        for (String variable : variables) {
            RDFNode node = row.get(variable);
            if (node != null && node.isLiteral()) {
                literals.add(node.asLiteral());
            }
        }
        return best(literals, lang);
    }

    /** The best of some literals for the page's language. */
    public static Optional<Text> best(List<Literal> literals, PageLanguage lang) {
        return literals.stream()
                .min(Comparator.comparingInt((Literal l) -> rank(l, lang)).thenComparing(Literal::getLexicalForm))
                .map(Text::of);
    }

    /** How well a literal fits the page's language: 0 best. */
    public static int rank(Literal literal, PageLanguage lang) {
        String tag = literal.getLanguage();
        if (tag.equalsIgnoreCase(lang.tag()) || tag.toLowerCase().startsWith(lang.tag() + "-")) {
            return 0;
        }
        if (tag.equalsIgnoreCase(lang.other().tag())) {
            return 1;
        }
        return tag.isEmpty() ? 2 : 3;
    }

    /** The literal values of a property of a resource. */
    public static List<Literal> literals(Model model, Resource resource, Property property) {
        return model.listObjectsOfProperty(resource, property).toList().stream()
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral).toList();
    }

    /** A last-resort name for an IRI: its fragment or last path segment. */
    public static String localName(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        int cut = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'));
        return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : iri;
    }
}
