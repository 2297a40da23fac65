/**
 * The HTTP adapter of the catalogue: the catalogue and VoID documents, the dumps, the sitemap and
 * robots.txt.
 */
package se.linkoping.lod.web.catalog;
