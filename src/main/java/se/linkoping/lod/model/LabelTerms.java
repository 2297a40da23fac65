package se.linkoping.lod.model;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The properties that name things: the one list the pages, both stores and their queries read, in
 * one order of preference.
 */
public final class LabelTerms {

    /** {@code schema:name}. */
    public static final Property SCHEMA_NAME = ResourceFactory.createProperty("http://schema.org/name");

    /** The properties that name things, the preferred first: a page shows a thing by the first one it has. */
    public static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label, DCTerms.title, FOAF.name, SCHEMA_NAME);

    /** The same, then {@code sh:name}: what names a resource that links to another (a shape has only a name). */
    public static final List<Property> NAMES = Stream.concat(LABELS.stream(), Stream.of(SHACLM.name)).toList();

    /** {@code schema:description}. */
    public static final Property SCHEMA_DESCRIPTION = ResourceFactory.createProperty("http://schema.org/description");

    /** {@code lkp:labelAsWritten}: a name as the source page writes it. */
    public static final Property LABEL_AS_WRITTEN = ResourceFactory.createProperty(Iris.VOCABULARY_ROOT
            + Iris.ONTOLOGY_PATH + "#labelAsWritten");

    /**
     * What full-text search reads: every name (the {@link #NAMES}, the other labels) and every description.
     */
    public static final List<Property> SEARCHED = Stream.concat(NAMES.stream(), Stream.of(SKOS.altLabel,
            SKOS.hiddenLabel, LABEL_AS_WRITTEN, DCTerms.description, RDFS.comment, SKOS.definition,
            SKOS.scopeNote, SCHEMA_DESCRIPTION)).toList();

    private LabelTerms() {
    }

    /** The properties as graph nodes, in the same order. */
    public static List<Node> nodes(List<Property> properties) {
        return properties.stream().map(Property::asNode).toList();
    }
}
