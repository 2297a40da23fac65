package se.linkoping.lod.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/**
 * Read access to the published data, for the web views and the catalogue.
 *
 * <p>Every call is one query against the store and returns fully materialised results, so that no
 * transaction or connection outlives the call. Two implementations: {@link LocalStore} reads the
 * embedded TDB2 dataset in a read transaction; {@link RemoteStore} speaks the SPARQL 1.1 protocol
 * to any endpoint.
 */
public interface Store extends AutoCloseable {

    /** Runs a SELECT query. */
    ResultSetRewindable select(Query query);

    /** Runs a CONSTRUCT or DESCRIBE query. */
    Model construct(Query query);

    /** Runs an ASK query. */
    boolean ask(Query query);

    /**
     * The version of the data: a token that changes whenever different data is loaded or written.
     * Drives ETags, dump names and the catalogue's modification date.
     */
    DataVersion version();

    @Override
    void close();
}
