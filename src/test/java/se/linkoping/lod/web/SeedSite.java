package se.linkoping.lod.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.StoreDirectory;

/**
 * The seed data (ontology and data of the project) loaded by the real loader into a TDB2 store,
 * served by a real {@link PublisherServer} on a free port whose URL is also the base, so every IRI
 * in the data can be fetched from the test server.
 */
final class SeedSite implements AutoCloseable {

    final Iris iris;
    final PublisherServer server;
    final LocalStore store;
    final DatasetGraph dataset;
    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private SeedSite(Iris iris, PublisherServer server, LocalStore store, DatasetGraph dataset) {
        this.iris = iris;
        this.server = server;
        this.store = store;
        this.dataset = dataset;
    }

    /** Loads the project's ontology and data into a store under {@code directory} and serves it. */
    static SeedSite start(Path directory) {
        int port = freePort();
        Iris iris = new Iris("http://127.0.0.1:" + port + "/");
        StoreDirectory storeDirectory = new StoreDirectory(directory);
        Path project = projectDir();
        new Loader(storeDirectory, iris).load(List.of(project.resolve("ontology"), project.resolve("data")));
        DatasetGraph dataset = storeDirectory.openCurrent();
        LocalStore store = new LocalStore(dataset, iris);
        PublisherServer server = PublisherServer.start(ServerSettings.builder(iris)
                .port(port)
                .bindAddress("127.0.0.1")
                .dataset(dataset)
                .routes(WebRoutes.all(store, iris))
                .build());
        return new SeedSite(iris, server, store, dataset);
    }

    /** The project's ontology and data parsed with a base into an in-memory dataset, for tests without a server. */
    static DatasetGraph inMemory(Iris iris) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Path project = projectDir();
        try (Stream<Path> files = Stream.concat(Files.list(project.resolve("ontology")), Files.list(project.resolve("data")))) {
            List<Path> turtle = files.filter(f -> f.toString().endsWith(".ttl")).toList();
            Txn.executeWrite(dataset, () -> turtle.forEach(f -> RDFParser.source(f).base(iris.base()).parse(dataset)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the project's ontology and data", e);
        }
        return dataset;
    }

    static Path projectDir() {
        return Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));
    }

    /** Every subject of the data under {@code {base}id/}, sorted. */
    List<String> things() {
        String query = "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + iris.base() + "id/\")) } ORDER BY ?s";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(query).build()) {
                List<String> things = new ArrayList<>();
                exec.execSelect().forEachRemaining((QuerySolution row) -> things.add(row.getResource("s").getURI()));
                return things;
            }
        });
    }

    /** A request (not followed if redirected) with the given headers. */
    HttpResponse<byte[]> send(String method, String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot " + method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + method + " " + url, e);
        }
    }

    HttpResponse<byte[]> get(String url, Map<String, String> headers) {
        return send("GET", url, headers);
    }

    /** The URL of a path relative to the base. */
    String url(String relative) {
        return iris.resolve(relative);
    }

    @Override
    public void close() {
        server.stop();
        dataset.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary directory", e);
        }
    }
}
