package se.linkoping.lod.server;

import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.web.http.Http;

/**
 * Says which data version answers a request: the header {@code Data-Version} carries the digest of the
 * version served when the request came (the catalogue's {@code dcat:version}; its dumps are kept at
 * {@code /dumps/v/{version}/} while it is among the newest). The version is the store's, read again
 * only after a write (see {@link LocalStore#version()}), not queried for every request.
 */
final class DataVersionHeader extends Handler.Wrapper {

    private final LocalStore store;

    DataVersionHeader(Handler handler, DatasetGraph dataset, Iris iris) {
        super(handler);
        this.store = new LocalStore(dataset, iris);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(Http.DATA_VERSION, store.version().digest());
        return super.handle(request, response, callback);
    }
}
