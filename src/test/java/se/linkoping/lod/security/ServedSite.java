package se.linkoping.lod.security;

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
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;

import se.linkoping.lod.admin.AdminCredentials;
import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.admin.StaffWrites;
import se.linkoping.lod.admin.SwitchableDataset;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.server.SiteRoutes;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.web.Routes;

/**
 * The whole site as {@code serve} runs it, over a copy of the project's data and ontology in a
 * temporary folder (so that uploads cannot touch the project), loaded by the real loader into a
 * real TDB2 store and served by a real server on a free port that is also the base. Staff writes are
 * on, for {@link #USER} with {@link #PASSWORD}.
 */
public final class ServedSite implements AutoCloseable {

    public static final String USER = "editor";
    public static final String PASSWORD = "correct horse battery staple";
    public static final Path PROJECT = Path.of(System.getProperty("project.dir", "."));

    public final Iris iris;
    public final Path folder;
    public final Path dataFolder;
    public final StoreDirectory directory;
    public final SwitchableDataset dataset;
    public final LocalStore store;
    public final ChangeLog changeLog;
    public final PublisherServer server;
    public final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private ServedSite(Path folder, QueryLimits limits) {
        this.folder = folder;
        int port = freePort();
        this.iris = new Iris("http://127.0.0.1:" + port + "/");
        this.dataFolder = copy(PROJECT.resolve("data"), folder.resolve("data"));
        Path ontology = copy(PROJECT.resolve("ontology"), folder.resolve("ontology"));
        List<Path> data = List.of(dataFolder, ontology);
        this.directory = new StoreDirectory(folder.resolve("store"));
        new Loader(directory, iris).load(data);
        this.dataset = new SwitchableDataset(directory.openCurrent());
        this.store = new LocalStore(dataset, iris);
        this.changeLog = new ChangeLog(folder.resolve("changes"));
        StaffWrites writes = new StaffWrites(dataset, directory, data, iris, changeLog);
        List<Routes> routes = new ArrayList<>();
        routes.add(new AdminRoutes(AdminCredentials.of(USER, PASSWORD), writes, iris));
        routes.addAll(SiteRoutes.all(store, iris, PROJECT.resolve("queries"), CatalogSettings.defaults(),
                new Dumps(folder.resolve("dumps"), iris), limits));
        this.server = PublisherServer.start(ServerSettings.builder(iris)
                .port(port)
                .bindAddress("127.0.0.1")
                .queryLimits(limits)
                .dataset(dataset)
                .routes(routes)
                .build());
    }

    /** Loads a copy of the project's data under {@code folder} and serves it with these limits. */
    public static ServedSite start(Path folder, QueryLimits limits) {
        return new ServedSite(folder, limits);
    }

    /** The URL of a path relative to the base. */
    public String url(String relative) {
        return iris.resolve(relative);
    }

    /** The value of an {@code Authorization} header for the given name and password. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request and reads the answer as text. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String relative, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(relative))).header("Accept", accept));
    }

    /** The number of triples in the served dataset, counted in it. */
    public long triples() {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").build()) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** True when the served dataset holds the triple, written in Turtle terms relative to the base. */
    public boolean holds(String triple) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                    .query(QueryFactory.create("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                            + "ASK { " + triple + " }", iris.base())).build()) {
                return exec.execAsk();
            }
        });
    }

    @Override
    public void close() {
        server.stop();
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + from + " to " + to, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
