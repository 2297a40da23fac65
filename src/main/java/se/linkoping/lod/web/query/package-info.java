/**
 * The SPARQL query page for people: the editor, the gallery of example queries and their downloads.
 */
package se.linkoping.lod.web.query;
