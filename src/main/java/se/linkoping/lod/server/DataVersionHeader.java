package se.linkoping.lod.server;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.VersionStamp;
import se.linkoping.lod.web.http.Http;

/**
 * Says which data version answers a request: the header {@code Data-Version} carries the digest of the
 * version served when the request came (the catalogue's {@code dcat:version}; its dumps are kept at
 * {@code /dumps/v/{version}/} while it is among the newest).
 */
final class DataVersionHeader extends Handler.Wrapper {

    private final DatasetGraph dataset;
    private final Iris iris;

    DataVersionHeader(Handler handler, DatasetGraph dataset, Iris iris) {
        super(handler);
        this.dataset = dataset;
        this.iris = iris;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        DataVersion version = Txn.calculateRead(dataset, () -> VersionStamp.read(dataset, iris));
        response.getHeaders().put(Http.DATA_VERSION, version.digest());
        return super.handle(request, response, callback);
    }
}
