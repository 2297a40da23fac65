package se.linkoping.lod.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.sparql.SparqlEndpoint;

/**
 * Puts one front door on Fuseki's Jetty server before it starts: {@code sparql} under the base's path
 * goes to Fuseki (behind {@link SparqlEndpoint#guard}), the static files under it to Jetty
 * ({@link StaticFiles}), every other path to the web app (behind its {@link KeptResponses}, inside the
 * compression, so that a kept answer is compressed as the app's would be). Malformed requests are refused first ({@link RequestGuard}), responses
 * are gzip-compressed for clients that accept it, and every response gets CORS headers. Also binds
 * the connector to the configured interface.
 */
final class RequestRouting implements FusekiModule {

    private final Handler webApp;
    private final DatasetGraph dataset;
    private final Iris iris;
    private final boolean withSparql;
    private final String bindAddress;
    private final QueryLimits queryLimits;
    private final String basePath;

    /** @param dataset the dataset the SPARQL endpoint serves; null: no endpoint */
    RequestRouting(Handler webApp, DatasetGraph dataset, String bindAddress, QueryLimits queryLimits, Iris iris) {
        this.basePath = iris.basePath();
        this.webApp = webApp;
        this.dataset = dataset;
        this.iris = iris;
        this.withSparql = dataset != null;
        this.bindAddress = bindAddress;
        this.queryLimits = queryLimits;
    }

    @Override
    public String name() {
        return "request-routing";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(bindAddress);
            }
        }
        PathMappingsHandler paths = new PathMappingsHandler();
        if (withSparql) {
            paths.addMapping(PathSpec.from(basePath + Iris.SPARQL_PATH),
                    new DataVersionHeader(SparqlEndpoint.guard(jetty.getHandler(), queryLimits), dataset, iris));
        }
        StaticFiles.map(paths, jetty, webApp, basePath);
        paths.addMapping(PathSpec.from("/"), webApp);
        jetty.setHandler(new CorsHandler(new RequestGuard(compressed(paths, jetty))));
    }

    /**
     * Responses compressed with gzip for clients that accept it (Jetty leaves small and compressed ones
     * alone), by {@link ReleaseOnceGzip}; its buffers come from a {@link ReleaseOnceBufferPool}.
     */
    private static Handler compressed(Handler handler, Server jetty) {
        CompressionHandler compression = new CompressionHandler(handler);
        GzipCompression gzip = new ReleaseOnceGzip();
        gzip.setByteBufferPool(new ReleaseOnceBufferPool(jetty.getByteBufferPool()));
        compression.putCompression(gzip);
        return compression;
    }
}
