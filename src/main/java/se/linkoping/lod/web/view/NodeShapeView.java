package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One node shape on the shapes page.
 *
 * @param anchor      the fragment of its hash IRI, used as the element id so the IRI resolves to it
 * @param iri         its IRI
 * @param nameSv      its Swedish name, or null
 * @param nameEn      its English name, or null
 * @param name        its name in the page's language, with fallback (the fragment when it has none)
 * @param description its description in the page's language, with fallback, or null
 * @param targets     what it applies to ({@code sh:targetClass}, {@code sh:targetNode}, ...)
 * @param constraints the constraints on the focus node itself
 * @param messages    the messages of a violation of those constraints
 * @param properties  its property shapes
 */
public record NodeShapeView(String anchor, String iri, Text nameSv, Text nameEn, Text name, Text description,
                            List<ConstraintView> targets, List<ConstraintView> constraints, List<Text> messages,
                            List<PropertyShapeView> properties) {
}
