/**
 * Parsing, validating (SHACL) and loading the data files into a new TDB2 database that is switched in
 * only when complete and valid.
 */
package se.linkoping.lod.load;
