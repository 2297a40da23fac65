/**
 * The public SPARQL endpoint (Fuseki) with its service description and its guard-rails: read-only,
 * time, size, row and per-client limits.
 */
package se.linkoping.lod.sparql;
