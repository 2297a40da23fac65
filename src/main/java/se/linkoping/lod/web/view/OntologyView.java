package se.linkoping.lod.web.view;

import java.util.List;

/**
 * The ontology page: the ontology's own description and its classes and properties.
 *
 * @param iri         the ontology's IRI
 * @param title       its title in the page's language
 * @param description its description, or null
 * @param version     its version, or null
 * @param classes     its classes, by label
 * @param properties  its properties, by label
 */
public record OntologyView(String iri, Text title, Text description, String version, List<TermView> classes,
                           List<TermView> properties) {
}
