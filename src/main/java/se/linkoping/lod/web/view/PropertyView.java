package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One property of a resource with its values, as shown in the page's table of facts.
 *
 * @param iri    the property's IRI
 * @param label  its label in the page's language (or a prefixed name)
 * @param values its values, in a stable order
 */
public record PropertyView(String iri, Text label, List<Value> values) {
}
