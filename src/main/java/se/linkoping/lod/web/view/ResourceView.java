package se.linkoping.lod.web.view;

import java.util.List;

/**
 * Everything the page of one resource shows, ready for a template.
 *
 * @param iri           the resource's IRI
 * @param kind          its kind from the IRI ({@code project}, {@code network}, {@code town},
 *                      {@code organization}, ...), which picks the template
 * @param title         its label in the page's language, with fallback
 * @param description   its description in the page's language, with fallback, or null
 * @param types         its classes, as links
 * @param summary       the key facts of its kind (a project's programme, a town's country, ...)
 * @param properties    the other facts, one entry per property
 * @param aboutTheData  the facts about the data rather than the thing (where it comes from, its place
 *                      and wording in the source page), for the page's "about the data" part
 * @param sameAs        the same thing elsewhere (Wikidata, GeoNames, ...)
 * @param incoming      one page of links into it
 * @param incomingTotal the number of links into it
 * @param page          the page of incoming links shown, from 1
 * @param pageCount     how many pages of incoming links there are
 */
public record ResourceView(String iri, String kind, Text title, Text description, List<Value> types,
                           List<PropertyView> summary, List<PropertyView> properties, List<PropertyView> aboutTheData,
                           List<Value> sameAs, List<IncomingView> incoming,
                           long incomingTotal, int page, int pageCount) {
}
