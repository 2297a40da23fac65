/**
 * The staff's write paths (SPARQL Update, Graph Store, file upload, reload) behind HTTP Basic, checked
 * against the shapes before commit and logged as RDF Patches.
 */
package se.linkoping.lod.admin;
