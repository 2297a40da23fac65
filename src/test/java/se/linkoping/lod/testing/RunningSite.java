package se.linkoping.lod.testing;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.linkoping.lod.admin.AdminCredentials;
import se.linkoping.lod.admin.AdminLimits;
import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.admin.SignInThrottle;
import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.admin.StaffWrites;
import se.linkoping.lod.admin.SwitchableDataset;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.DumpListener;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.history.History;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.Operations;
import se.linkoping.lod.server.PublishedSite;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.staff.StaffSettings;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.RemoteStore;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.TestData;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.WebApp;

/**
 * The published site running for a test class, as {@code serve} runs it: a real TDB2 store loaded by
 * the real loader, the whole site (pages, documents, query page, catalogue, dumps, sitemap, health,
 * SPARQL) on a real server on a free port of 127.0.0.1, whose URL is also the base, so every IRI of
 * the data can be fetched. A JUnit 5 extension: declare it as a static {@code @RegisterExtension}
 * field; it starts before the class's tests and stops after them, in a temporary folder of its own.
 *
 * <ul>
 *   <li>{@link #seed()}: the project's ontology and data;</li>
 *   <li>{@link #loaded()}: the same loaded but not served until the test calls {@link #serve};</li>
 *   <li>{@link #admin()}: a copy of the project's data (uploads cannot touch the project), staff writes
 *       on for {@link #USER} with {@link #PASSWORD};</li>
 *   <li>{@link #remote}: no local store: the site reads a SPARQL endpoint elsewhere;</li>
 *   <li>{@link #over}: data of the test's own, parsed into a TDB2 store under a fixed base;</li>
 *   <li>{@link #sample()}: the small sample of the store's tests under its fixed base, served by the
 *       SPARQL endpoint alone (or with the route groups the test names, {@link #only}).</li>
 * </ul>
 * Any of them can be served under a path of the server ({@link #underPath}), as a base such as
 * {@code http://127.0.0.1:PORT/lod/} puts it. Each can be started by hand too ({@link #start()},
 * {@link #close()}), for a test that starts several.
 */
public final class RunningSite implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    public static final String USER = "editor";
    public static final String PASSWORD = "correct horse battery staple";
    /** The project's folder (Maven passes it to the tests). */
    public static final Path PROJECT = Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));

    /** Data of a test's own: a TDB2 dataset made in the given folder, its IRIs under the given base. */
    public interface Data {
        DatasetGraph open(Path folder, Iris iris);
    }

    private final boolean copyData;
    private final boolean staff;
    private final Supplier<String> remoteEndpoint;
    private final Data data;
    private final Iris fixedBase;
    private boolean serveAtStart = true;
    private boolean web = true;
    private List<RouteGroup> onlyGroups;
    private int webOutputBufferSize = ServerSettings.DEFAULT_WEB_OUTPUT_BUFFER_SIZE;
    private QueryLimits limits = QueryLimits.DEFAULTS;
    private Pages pages = Pages.standard();
    private Path examples = PROJECT.resolve("queries");
    private String mapTiles;
    private Operations operations = Operations.DEFAULTS;
    private String basePath = "";
    private StaffSettings staffSettings = StaffSettings.DEFAULTS;
    private BiFunction<Path, Iris, Dumps> dumpsFactory = (folder, iris) -> new Dumps(folder.resolve("dumps"), iris,
            Dumps.defaultJsonLdMaxTriples(), DumpListener.logging(), Dumps.DEFAULT_KEEP_VERSIONS, folder.resolve("changes"));

    public int port;
    public Iris iris;
    public Path folder;
    public Path dataFolder;
    public StoreDirectory directory;
    public DatasetGraph dataset;
    public Store store;
    public Dumps dumps;
    public ChangeLog changeLog;
    public History history;
    public PublisherServer server;
    public final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private RunningSite(boolean copyData, boolean staff, Supplier<String> remoteEndpoint, Data data, Iris fixedBase) {
        this.copyData = copyData;
        this.staff = staff;
        this.remoteEndpoint = remoteEndpoint;
        this.data = data;
        this.fixedBase = fixedBase;
    }

    /** The project's ontology and data, the whole site served. */
    public static RunningSite seed() {
        return new RunningSite(false, false, null, null, null);
    }

    /** The project's ontology and data loaded; served once the test calls {@link #serve}. */
    public static RunningSite loaded() {
        RunningSite site = seed();
        site.serveAtStart = false;
        return site;
    }

    /** A copy of the project's data and ontology, served with staff writes on. */
    public static RunningSite admin() {
        return new RunningSite(true, true, null, null, null);
    }

    /**
     * The site without a local store, reading the SPARQL endpoint the supplier names (asked when the
     * site starts, so it may start that endpoint), under a fixed base.
     */
    public static RunningSite remote(Supplier<String> endpoint, Iris base) {
        return new RunningSite(false, false, endpoint, null, base);
    }

    /** The site over data of the test's own, under a fixed base. */
    public static RunningSite over(Iris base, Data data) {
        return new RunningSite(false, false, null, data, base);
    }

    /** The sample data of {@link TestData} in TDB2, served by the SPARQL endpoint alone. */
    public static RunningSite sample() {
        RunningSite site = over(TestData.IRIS, (folder, iris) -> TestData.loadTdb2(folder));
        site.web = false;
        return site;
    }

    /** Serves these route groups alone rather than the whole site. */
    public RunningSite only(List<RouteGroup> groups) {
        this.web = true;
        this.onlyGroups = List.copyOf(groups);
        return this;
    }

    /** Serves the site under this path of the server ({@code lod/}): the base is {@code http://127.0.0.1:PORT/lod/}. */
    public RunningSite underPath(String path) {
        this.basePath = path.endsWith("/") ? path : path + "/";
        return this;
    }

    /** The response buffer of the web routes, in bytes. */
    public RunningSite webOutputBufferSize(int bytes) {
        this.webOutputBufferSize = bytes;
        return this;
    }

    /** The SPARQL endpoint's limits, also stated on the query page. */
    public RunningSite limits(QueryLimits queryLimits) {
        this.limits = queryLimits;
        return this;
    }

    /** The site's addresses, when they are not the standard ones. */
    public RunningSite pages(Pages registry) {
        this.pages = registry;
        return this;
    }

    /** The folder of the query page's examples, when it is not the project's. */
    public RunningSite examples(Path folder) {
        this.examples = folder;
        return this;
    }

    /** How the editor's sessions behave, when not as by default. */
    public RunningSite staff(StaffSettings settings) {
        this.staffSettings = settings;
        return this;
    }

    /** The map's tile server, a URL template (none unless set). */
    public RunningSite mapTiles(String urlTemplate) {
        this.mapTiles = urlTemplate;
        return this;
    }

    /** What the server offers its operator (metrics, access log), when not {@link Operations#DEFAULTS}. */
    public RunningSite operations(Operations offered) {
        this.operations = offered;
        return this;
    }

    /** The dumps, made in the site's folder under its base, when they are not the default ones. */
    public RunningSite dumps(BiFunction<Path, Iris, Dumps> factory) {
        this.dumpsFactory = factory;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Makes the store in a new temporary folder and, unless {@link #loaded()}, serves the site. */
    public RunningSite start() {
        folder = temporaryFolder();
        port = freePort();
        iris = fixedBase != null ? fixedBase : new Iris("http://127.0.0.1:" + port + "/" + basePath);
        if (remoteEndpoint != null) {
            store = new RemoteStore(remoteEndpoint.get(), iris, Duration.ofSeconds(10));
        } else if (data != null) {
            dataset = data.open(folder.resolve("store"), iris);
            store = new LocalStore(dataset, iris);
        } else {
            dataFolder = copyData ? copy(PROJECT.resolve("data"), folder.resolve("data")) : PROJECT.resolve("data");
            Path ontology = copyData ? copy(PROJECT.resolve("ontology"), folder.resolve("ontology")) : PROJECT.resolve("ontology");
            directory = new StoreDirectory(folder.resolve("store"));
            new Loader(directory, iris).load(List.of(dataFolder, ontology));
            dataset = staff ? new SwitchableDataset(directory.openCurrent()) : directory.openCurrent();
            store = new LocalStore(dataset, iris);
            history = History.open(directory.root(), iris);
            history.baselineIfEmpty(dataset);
        }
        dumps = dumpsFactory.apply(folder, iris);
        if (serveAtStart) {
            serve(CatalogSettings.defaults(), dumps);
        }
        return this;
    }

    /** Serves the whole site, its catalogue with these settings and its dumps written and served by {@code served}. */
    public RunningSite serve(CatalogSettings catalog, Dumps served) {
        PublishedSite.Builder site = PublishedSite.builder(store, iris).pages(pages).limits(limits)
                .everything(examples, catalog, served).mapTiles(mapTiles);
        if (history != null) {
            site.history(history);
        }
        if (staff) {
            changeLog = new ChangeLog(folder.resolve("changes"));
            StaffWrites writes = new StaffWrites((SwitchableDataset) dataset, directory,
                    List.of(dataFolder, folder.resolve("ontology")), iris, changeLog, history);
            site.admin(new AdminRoutes(AdminCredentials.of(USER, PASSWORD), writes, AdminLimits.DEFAULTS,
                    new SignInThrottle())).staff(staffSettings);
        }
        ServerSettings.Builder settings = ServerSettings.builder(iris)
                .port(port)
                .bindAddress("127.0.0.1")
                .queryLimits(limits)
                .dataset(remoteEndpoint != null ? null : dataset)
                .webOutputBufferSize(webOutputBufferSize)
                .operations(operations);
        if (onlyGroups != null) {
            settings.web(new WebApp(new Site(store, iris, pages, limits), onlyGroups));
        } else if (web) {
            settings.web(site.build());
        }
        server = PublisherServer.start(settings.build());
        return this;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
        if (dataset != null) {
            dataset.close();
        }
        if (history != null) {
            history.close();
            history = null;
        }
        delete(folder);
    }

    /** The URL of a path relative to the base. */
    public String url(String relative) {
        return iris.resolve(relative);
    }

    /** Where the server serves the site, ending in a slash (the base, unless the base is fixed). */
    public String root() {
        return server.siteUrl();
    }

    /** A request (not followed if redirected) with the given headers. */
    public HttpResponse<byte[]> send(String method, String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A GET of a URL with the given headers. */
    public HttpResponse<byte[]> get(String url, Map<String, String> headers) {
        return send("GET", url, headers);
    }

    /** A GET of a path relative to the base, answered as text. */
    public HttpResponse<String> get(String relative, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(relative))).header("Accept", accept));
    }

    /** A SPARQL Update sent to {@code admin/update} by the site's operator ({@link #USER}), answered as text. */
    public HttpResponse<String> update(String sparqlUpdate) {
        return send(HttpRequest.newBuilder(URI.create(url("admin/update")))
                .header("Authorization", basic(USER, PASSWORD))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(sparqlUpdate)));
    }

    /** A Turtle file uploaded into the data folder through {@code admin/files/{file}} by the site's operator. */
    public HttpResponse<String> upload(String file, String turtle) {
        return send(HttpRequest.newBuilder(URI.create(url("admin/files/" + file)))
                .header("Authorization", basic(USER, PASSWORD))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)));
    }

    /** A reload of the data folder through {@code admin/reload} by the site's operator. */
    public HttpResponse<String> reload() {
        return send(HttpRequest.newBuilder(URI.create(url("admin/reload")))
                .header("Authorization", basic(USER, PASSWORD))
                .header(AdminRoutes.REQUESTED_BY, "test")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a request and reads the answer as text. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request.timeout(Duration.ofSeconds(60)), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        HttpRequest built = request.build();
        try {
            return http.send(built, body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot " + built.method() + " " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + built.method() + " " + built.uri(), e);
        }
    }

    /** Every subject of the data under {@code {base}id/}, sorted. */
    public List<String> things() {
        String query = "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + iris.base() + "id/\")) } ORDER BY ?s";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                List<String> things = new ArrayList<>();
                exec.execSelect().forEachRemaining((QuerySolution row) -> things.add(row.getResource("s").getURI()));
                return things;
            }
        });
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

    /** The value of an {@code Authorization} header for the given name and password. */
    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A body as UTF-8 text. */
    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The project's ontology and data parsed with a base into an in-memory dataset, for tests without a server. */
    public static DatasetGraph inMemory(Iris iris) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        try (Stream<Path> files = Stream.concat(Files.list(PROJECT.resolve("ontology")), Files.list(PROJECT.resolve("data")))) {
            List<Path> turtle = files.filter(f -> f.toString().endsWith(".ttl")).toList();
            Txn.executeWrite(dataset, () -> turtle.forEach(f -> RDFParser.source(f).base(iris.base()).parse(dataset)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the project's ontology and data", e);
        }
        return dataset;
    }

    /** A free port of this machine. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("lod-site");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder", e);
        }
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

    /** Deletes the folder as far as it can: a dump still being written in the background may hold a file. */
    private static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException stillInUse) {
            root.toFile().deleteOnExit();
        }
    }
}
