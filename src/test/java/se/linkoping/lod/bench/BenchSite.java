package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.PublishedSite;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.web.WebApp;

/**
 * One store served twice for the benchmark: by our {@link PublisherServer} (the site, the bench's
 * hello route and {@code /sparql}) and by a bare Fuseki main ({@code /ds/query}) over the same
 * dataset, both on loopback.
 *
 * <p>Our server also serves copies of pages as static files ({@link #copy}), as it serves its style
 * sheet: the copies lie in a second {@code static/} folder, on a class path of its own that the server
 * is started with, and Jetty serves a class-path folder's entries from every place it finds them.
 */
final class BenchSite implements AutoCloseable {

    static final String BARE_QUERY_PATH = "/ds/query";
    /** The class-path folder whose entries the server serves as static files. */
    private static final String STATIC = "static";
    /** The path under which the static copies are served. */
    static final String COPIES = "copies";
    /**
     * Queries one client may run at once on our endpoint, per connection of the load generator: a
     * peer's page asks several at a time.
     */
    private static final int QUERIES_PER_CONNECTION = 4;

    private final DatasetGraph dataset;
    private final PublisherServer server;
    private final FusekiServer bare;
    private final Path copies;

    private BenchSite(DatasetGraph dataset, PublisherServer server, FusekiServer bare, Path copies) {
        this.dataset = dataset;
        this.server = server;
        this.bare = bare;
        this.copies = copies;
    }

    /** Loads the files into the store folder with our loader, unless it already holds exactly them. */
    static void load(Path storeFolder, List<Path> files, Iris iris) {
        Loader loader = new Loader(new StoreDirectory(storeFolder), iris);
        if (!loader.isCurrent(files)) {
            loader.load(files);
        }
    }

    /**
     * Serves the store folder's current database: the whole site as {@code serve} runs it, plus the
     * hello route and the static copies kept in {@code copiesFolder} (emptied first). The SPARQL
     * endpoint lets one client run several queries per connection at once (the default is fewer), so
     * that the load generator's connections, and the peers' queries for them, are answered, not refused
     * with 429.
     */
    static BenchSite start(Path storeFolder, Iris iris, Path queries, int connections, Path copiesFolder) {
        DatasetGraph dataset = new StoreDirectory(storeFolder).openCurrent();
        LocalStore store = new LocalStore(dataset, iris);
        QueryLimits defaults = QueryLimits.DEFAULTS;
        QueryLimits limits = new QueryLimits(defaults.timeout(), defaults.maxResultRows(), defaults.maxQueryBytes(),
                Math.max(connections * QUERIES_PER_CONNECTION, defaults.maxConcurrentPerClient()));
        WebApp web = PublishedSite.builder(store, iris).limits(limits)
                .everything(queries, CatalogSettings.defaults(), new Dumps(storeFolder.resolve("dumps"), iris))
                .with(new HelloRoutes()).build();
        Path copies = emptied(copiesFolder.resolve(STATIC).resolve(COPIES));
        ServerSettings serverSettings = ServerSettings.builder(iris).port(freePort())
                .bindAddress("127.0.0.1").queryLimits(limits).dataset(dataset).web(web).build();
        PublisherServer server = withClassPath(copiesFolder, () -> PublisherServer.start(serverSettings));
        FusekiServer bare = FusekiServer.create().port(freePort()).loopback(true)
                .add("/ds", dataset, false).build().start();
        return new BenchSite(dataset, server, bare, copies);
    }

    /**
     * Keeps {@code body} as a static file of the server and returns its path; a name ending in
     * {@code .html} makes it served as HTML.
     */
    String copy(String name, byte[] body) {
        Path file = copies.resolve(name);
        try {
            Files.write(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return "/" + COPIES + "/" + name;
    }

    /** Our SPARQL endpoint. */
    String sparqlUrl() {
        return server.sparqlUrl();
    }

    /** Our server's root, without the trailing slash. */
    String root() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The bare Fuseki's root, without the trailing slash. */
    String bareRoot() {
        return "http://127.0.0.1:" + bare.getHttpPort();
    }

    /** The paths of up to {@code max} project pages ({@code /doc/project/...}), in IRI order. */
    List<String> projectPages(Iris iris, int max) {
        String query = "SELECT ?p { ?p a <" + iris.ontologyNamespace() + "InternationalProject> } ORDER BY ?p LIMIT " + max;
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                List<String> paths = new ArrayList<>();
                exec.execSelect().forEachRemaining(row -> paths.add(
                        "/" + iris.relativize(row.getResource("p").getURI()).replaceFirst("^id/", "doc/")));
                return paths;
            }
        });
    }

    /** The query string of a small SELECT: the triples of one resource. */
    static String smallSelect(String iri) {
        return "?query=" + URLEncoder.encode("SELECT ?p ?o WHERE { <" + iri + "> ?p ?o }", StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop();
        bare.stop();
        dataset.close();
    }

    /** Runs {@code start} with {@code folder} on the class path of its thread, beside the class path it had. */
    private static <T> T withClassPath(Path folder, Supplier<T> start) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, before)) {
            thread.setContextClassLoader(loader);
            return start.get();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + folder + " as a class path", e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Path emptied(Path folder) {
        try {
            Files.createDirectories(folder);
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty " + folder, e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
