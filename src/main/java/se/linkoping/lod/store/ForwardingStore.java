package se.linkoping.lod.store;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A {@link Store} that passes every call on to another: the base of store wrappers, which override
 * only what they add to, so that a new {@code Store} method is forwarded by every wrapper at once.
 * {@link #close()} closes the other store; a wrapper that does not own it overrides that.
 */
public abstract class ForwardingStore implements Store {

    private final Store delegate;

    protected ForwardingStore(Store delegate) {
        this.delegate = delegate;
    }

    /** The store the calls go to. */
    protected final Store delegate() {
        return delegate;
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return delegate.select(query);
    }

    @Override
    public Model construct(Query query) {
        return delegate.construct(query);
    }

    @Override
    public void streamConstruct(Query query, StreamRDF sink) {
        delegate.streamConstruct(query, sink);
    }

    @Override
    public ResourceData resource(String iri, long incomingOffset, int incomingLimit) {
        return delegate.resource(iri, incomingOffset, incomingLimit);
    }

    @Override
    public boolean fullTextIndex() {
        return delegate.fullTextIndex();
    }

    @Override
    public boolean ask(Query query) {
        return delegate.ask(query);
    }

    @Override
    public DataVersion version() {
        return delegate.version();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
