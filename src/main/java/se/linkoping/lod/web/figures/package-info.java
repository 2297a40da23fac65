/**
 * The work in figures: the page {@code /figures} with its charts (server-rendered SVG, each with its
 * data table and the SPARQL query that made it).
 */
package se.linkoping.lod.web.figures;
