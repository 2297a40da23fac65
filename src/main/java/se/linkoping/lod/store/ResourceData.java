package se.linkoping.lod.store;

import java.util.List;

import org.apache.jena.rdf.model.Model;

/**
 * What the store holds about one resource for a page about it: the same whatever the store, so
 * that pages are alike over the embedded store and over a remote endpoint.
 *
 * @param model         the resource's own triples, the triples of the blank nodes it reaches (two
 *                      steps deep), and the labels of the properties and IRIs that it and its first
 *                      blank nodes use
 * @param incoming      one page of the links into the resource, ordered by property, then subject
 * @param incomingTotal how many links point to the resource in all
 * @param queries       how many requests to the store this took
 */
public record ResourceData(Model model, List<IncomingLink> incoming, long incomingTotal, int queries) {
}
