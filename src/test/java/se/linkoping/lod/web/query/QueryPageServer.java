package se.linkoping.lod.web.query;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.store.LocalStore;

/**
 * A real publisher server for the query page's tests: a TDB2 store holding the five twin towns,
 * Fuseki at {@code /sparql} and the query page, on a free port of 127.0.0.1.
 */
final class QueryPageServer implements AutoCloseable {

    static final Iris IRIS = new Iris("http://localhost:8080/");

    private final Dataset dataset;
    private final PublisherServer server;

    private QueryPageServer(Dataset dataset, PublisherServer server) {
        this.dataset = dataset;
        this.server = server;
    }

    static QueryPageServer start(Path storeFolder) {
        Dataset dataset = TDB2Factory.connectDataset(storeFolder.toString());
        Txn.executeWrite(dataset, () -> RDFParser.source(resource("twin-towns.ttl"))
                .base(IRIS.base())
                .parse(dataset.getDefaultModel()));
        PublisherServer server = PublisherServer.start(ServerSettings.builder(IRIS)
                .port(0)
                .bindAddress("127.0.0.1")
                .dataset(dataset.asDatasetGraph())
                .routes(List.of(new QueryPageRoutes(examplesFolder(), IRIS,
                        new LocalStore(dataset.asDatasetGraph(), IRIS))))
                .build());
        return new QueryPageServer(dataset, server);
    }

    /** The folder of example queries the page is started with. */
    static Path examplesFolder() {
        return resource("examples");
    }

    /** The server's root URL, ending in a slash. */
    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.stop();
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    private static Path resource(String name) {
        try {
            return Path.of(QueryPageServer.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Test resource " + name + " is missing", e);
        }
    }
}
