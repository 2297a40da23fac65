/**
 * Read access to the published data (the embedded TDB2 store or a remote SPARQL endpoint) behind one
 * interface, its store folder and the lock that keeps it to one process, its data version and the
 * library of SPARQL queries; uses only the
 * model.
 */
package se.linkoping.lod.store;
