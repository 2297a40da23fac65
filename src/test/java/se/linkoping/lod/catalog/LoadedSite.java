package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.server.SiteRoutes;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.StoreDirectory;

/**
 * The project's own data and ontology loaded by the real loader into a TDB2 store under a temporary
 * folder, with the base on a free local port, so that the server started on that port serves the
 * IRIs it mints.
 */
final class LoadedSite implements AutoCloseable {

    /** The project's folder (Maven passes it to the tests). */
    static final Path PROJECT = Path.of(System.getProperty("project.dir", "."));

    final int port;
    final Iris iris;
    final DatasetGraph dataset;
    final LocalStore store;
    final Dumps dumps;
    private PublisherServer server;

    private LoadedSite(Path folder) {
        this.port = freePort();
        this.iris = new Iris("http://127.0.0.1:" + port + "/");
        StoreDirectory directory = new StoreDirectory(folder.resolve("store"));
        new Loader(directory, iris).load(List.of(PROJECT.resolve("data"), PROJECT.resolve("ontology")));
        this.dataset = directory.openCurrent();
        this.store = new LocalStore(dataset, iris);
        this.dumps = new Dumps(folder.resolve("dumps"), iris);
    }

    /** Loads the project's data into a store in this folder. */
    static LoadedSite load(Path folder) {
        return new LoadedSite(folder);
    }

    /** Starts the whole site on the port: linked-data pages, query page, catalogue, dumps, sitemap, SPARQL. */
    LoadedSite serve(CatalogSettings settings) {
        return serve(settings, dumps);
    }

    /** Starts the whole site on the port, its dumps written and served by {@code served}. */
    LoadedSite serve(CatalogSettings settings, Dumps served) {
        server = PublisherServer.start(ServerSettings.builder(iris)
                .port(port)
                .bindAddress("127.0.0.1")
                .dataset(dataset)
                .routes(SiteRoutes.all(store, iris, PROJECT.resolve("queries"), settings, served))
                .build());
        return this;
    }

    /** The number of triples in the store, counted in it. */
    long triples() {
        return store.select(CatalogQueries.load("void-totals", iris)).next().getLiteral("triples").getLong();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        dataset.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }
}
