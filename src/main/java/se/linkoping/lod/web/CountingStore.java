package se.linkoping.lod.web;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;

import se.linkoping.lod.store.ForwardingStore;
import se.linkoping.lod.store.ResourceData;
import se.linkoping.lod.store.Store;

/**
 * A view of a {@link Store} for one request that counts the queries sent through it.
 *
 * <p>Pages report the count in the {@value #HEADER} response header, so tests and benchmarks can
 * check that the cost of a page stays bounded. Reading the {@link #version()} is not a query.
 * Closing this view leaves the underlying store open: it belongs to the server.
 */
public final class CountingStore extends ForwardingStore {

    /** The response header that carries the number of store queries a response needed. */
    public static final String HEADER = "X-Store-Queries";

    private final AtomicInteger queries = new AtomicInteger();

    public CountingStore(Store delegate) {
        super(delegate);
    }

    /** How many queries were sent so far. */
    public int queries() {
        return queries.get();
    }

    @Override
    public ResultSetRewindable select(Query query) {
        queries.incrementAndGet();
        return super.select(query);
    }

    @Override
    public Model construct(Query query) {
        queries.incrementAndGet();
        return super.construct(query);
    }

    @Override
    public ResourceData resource(String iri, long incomingOffset, int incomingLimit) {
        ResourceData data = super.resource(iri, incomingOffset, incomingLimit);
        queries.addAndGet(data.queries());
        return data;
    }

    @Override
    public void streamConstruct(Query query, StreamRDF sink) {
        queries.incrementAndGet();
        super.streamConstruct(query, sink);
    }

    @Override
    public boolean ask(Query query) {
        queries.incrementAndGet();
        return super.ask(query);
    }

    @Override
    public void close() {
        // The underlying store is the server's to close.
    }
}
