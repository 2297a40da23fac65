/**
 * Read access to the published data (the embedded TDB2 store or a remote SPARQL endpoint) behind one
 * interface, its store folder, its data version and the library of SPARQL queries; uses only the
 * model.
 */
package se.linkoping.lod.store;
