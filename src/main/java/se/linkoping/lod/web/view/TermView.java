package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One class or property of the ontology on the ontology page.
 *
 * @param anchor   the fragment of its hash IRI, used as the element id so the IRI resolves to it
 * @param iri      its IRI
 * @param labelSv  its Swedish label, or null
 * @param labelEn  its English label, or null
 * @param comment  its comment in the page's language, with fallback, or null
 * @param parents  what it specialises (super classes or super properties)
 * @param domain   the domain of a property
 * @param range    the range of a property
 */
public record TermView(String anchor, String iri, Text labelSv, Text labelEn, Text comment, List<Value> parents,
                       List<Value> domain, List<Value> range) {
}
