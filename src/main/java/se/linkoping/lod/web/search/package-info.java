/**
 * Full-text search: the search page ({@code /search}, HTML or JSON) and the suggestions of the search
 * box in every page's header ({@code /search/suggest}), over the store's text index, or over plain
 * SPARQL when the store has none.
 */
package se.linkoping.lod.web.search;
