package se.linkoping.lod.web.view;

import java.util.List;

/**
 * The shapes page: the SHACL shapes the data is checked against, grouped for a reader.
 *
 * @param iri         the shapes document's IRI
 * @param title       its title in the page's language
 * @param version     its version, or null
 * @param targeted    the node shapes with a target: what each kind of resource must meet
 * @param valueShapes the node shapes without a target, which other shapes use for values
 * @param shared      the named property shapes, which node shapes share
 */
public record ShapesView(String iri, Text title, String version, List<NodeShapeView> targeted,
                         List<NodeShapeView> valueShapes, List<PropertyShapeView> shared) {
}
