package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One property shape on the shapes page.
 *
 * @param shape       the fragment of its hash IRI when it is a named shape, else null (a blank node)
 * @param defined     true where the page defines a named shape (its element id is {@code shape}); false
 *                    where a node shape uses it, which links there
 * @param name        its name in the page's language, with fallback, or null
 * @param path        the property path it constrains
 * @param constraints its constraints
 * @param messages    the messages of a violation
 */
public record PropertyShapeView(String shape, boolean defined, Text name, Value path, List<ConstraintView> constraints,
                                List<Text> messages) {
}
