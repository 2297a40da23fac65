package se.linkoping.lod.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Read access to the published data, for the web views and the catalogue.
 *
 * <p>Every call is one query against the store and returns fully materialised results, so that no
 * transaction or connection outlives the call; only {@link #streamConstruct} hands its triples on as
 * they come, for results too large to hold. Two implementations: {@link LocalStore} reads the
 * embedded TDB2 dataset in a read transaction; {@link RemoteStore} speaks the SPARQL 1.1 protocol
 * to any endpoint.
 */
public interface Store extends AutoCloseable {

    /** Runs a SELECT query. */
    ResultSetRewindable select(Query query);

    /** Runs a CONSTRUCT or DESCRIBE query. */
    Model construct(Query query);

    /**
     * Runs a CONSTRUCT query and passes its result to the sink as it comes, holding none of it:
     * {@code start}, the prefixes the store knows for the data and those the query declares, every
     * triple (duplicates included when the query makes them), {@code finish}.
     */
    void streamConstruct(Query query, StreamRDF sink);

    /**
     * What a page about one resource needs, with the links into it from {@code incomingOffset} on,
     * at most {@code incomingLimit} of them (see {@link ResourceData}).
     */
    ResourceData resource(String iri, long incomingOffset, int incomingLimit);

    /**
     * True when the store answers {@code text:query} from a full-text index ({@link TextIndexes}); a
     * store without one is searched with plain SPARQL.
     */
    boolean fullTextIndex();

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
