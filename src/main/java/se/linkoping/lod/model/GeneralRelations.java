package se.linkoping.lod.model;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The general relations ({@code dct:hasPart}, {@code dct:isPartOf}, {@code dct:relation}): the data
 * states them beside the more specific ones of our ontology for clients that know only Dublin Core
 * (an activity is {@code lkp:activityOf} and {@code dct:isPartOf} its project), so a page shows one of
 * them only for what no more specific relation shows already. {@code queries/store/resource.rq} names
 * the same three.
 */
public final class GeneralRelations {

    /** The three, as IRIs. */
    public static final List<String> IRIS = List.of(DCTerms.hasPart.getURI(), DCTerms.isPartOf.getURI(),
            DCTerms.relation.getURI());

    private static final Set<String> SET = Set.copyOf(IRIS);

    private GeneralRelations() {
    }

    /** True for one of the three. */
    public static boolean isGeneral(Node property) {
        return property.isURI() && SET.contains(property.getURI());
    }

    /** True for one of the three. */
    public static boolean isGeneral(String propertyIri) {
        return SET.contains(propertyIri);
    }
}
