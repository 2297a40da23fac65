package se.linkoping.lod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.admin.Conflicts;
import se.linkoping.lod.admin.EditReplay;
import se.linkoping.lod.admin.LoadChanges;
import se.linkoping.lod.admin.SwitchableDataset;
import se.linkoping.lod.staff.StaffRoutes;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.history.History;
import se.linkoping.lod.load.LoadRejected;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.metrics.ServerMetrics;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.server.PublishedSite;
import se.linkoping.lod.server.PublisherServer;
import se.linkoping.lod.server.ServerSettings;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.RemoteStore;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.StoreLock;
import se.linkoping.lod.web.Page;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.WebApp;

/** {@code serve}: load the data when it changed, then serve pages and SPARQL on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the data: linked-data pages, the SPARQL endpoint, the catalogue, on one port.",
                "Takes the port first (and stops at once when it is in use), then the store (one process at a time: "
                        + "a store another serve or load is using is refused).",
                "Loads the data first when the store is empty or the files (or the base) changed since the last "
                        + "load; when that load is refused, the data loaded before is served."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Mixin
    CatalogOptions catalog;

    @Mixin
    SecurityOptions security;

    @Mixin
    OperationsOptions operations;

    @Option(names = "--bind", defaultValue = "${env:LOD_BIND:-0.0.0.0}",
            description = "Address to listen on (env LOD_BIND; default ${DEFAULT-VALUE}, all interfaces).")
    String bind;

    @Option(names = "--query-timeout", defaultValue = "${env:LOD_QUERY_TIMEOUT:-30}",
            description = "Seconds a SPARQL query may run before it is cancelled (env LOD_QUERY_TIMEOUT; "
                    + "default ${DEFAULT-VALUE}).")
    long queryTimeout;

    @Option(names = "--sparql-endpoint", defaultValue = "${env:LOD_SPARQL_ENDPOINT}",
            description = "Read the data from this SPARQL 1.1 endpoint instead of the embedded store "
                    + "(env LOD_SPARQL_ENDPOINT). Nothing is loaded then, and this server has no /sparql of its own.")
    String sparqlEndpoint;

    @Option(names = "--queries", defaultValue = "${env:LOD_QUERIES:-queries}",
            description = "Folder of the example queries shown on the query page (env LOD_QUERIES; "
                    + "default ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--map-tiles", defaultValue = "${env:LOD_MAP_TILES}",
            description = "Draw the map over this tile server's tiles, a URL template such as "
                    + "https://tile.example/{z}/{x}/{y}.png (env LOD_MAP_TILES). Without it the map draws the world "
                    + "outline served by this server and calls no other host.")
    String mapTiles;

    @Option(names = "--check",
            description = "Start, ask this server for its home page, a resource page, the ontology, the catalogue "
                    + "and (with the embedded store) a SPARQL query, print each status and stop: exit 0 when every "
                    + "answer was 200. "
                    + "The build runs it once to record the class-data-sharing archive that shortens later starts.")
    boolean check;

    @Override
    public Integer call() {
        int port = options.port == 0 && (options.base == null || options.base.isBlank()) ? freePort() : options.port;
        Optional<ServerSocket> held;
        try {
            held = holdPort(port);
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot listen on " + bind + " port " + port + " (" + e.getMessage()
                    + "): another server may be using it. Choose another with --port. Nothing was loaded.");
            return ExitCodes.FAILURE;
        }
        try (StoreLock lock = remote() ? null : StoreLock.acquire(options.store, "serve on port " + port)) {
            return serve(port, held);
        } catch (StoreLock.InUse e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.FAILURE;
        } finally {
            held.ifPresent(ServeCommand::release);
        }
    }

    private Integer serve(int port, Optional<ServerSocket> heldPort) {
        Iris iris = options.iris(port);
        Duration timeout = Duration.ofSeconds(queryTimeout);
        QueryLimits limits = security.queryLimits(timeout);
        CatalogSettings catalogSettings = catalog.settings();
        Optional<ServerMetrics> metrics = operations.metrics();
        SwitchableDataset dataset = null;
        Store store;
        StoreDirectory directory = null;
        History history = null;
        if (remote()) {
            if (security.adminEnabled()) {
                spec.commandLine().getErr().println("Staff writes need the embedded store: drop --admin-password-file "
                        + "or --sparql-endpoint.");
                return ExitCodes.FAILURE;
            }
            store = new RemoteStore(sparqlEndpoint, iris, timeout);
        } else {
            directory = new StoreDirectory(options.store);
            history = History.open(options.store, iris);
            if (!loadIfChanged(directory, iris, history)) {
                return ExitCodes.INVALID;
            }
            dataset = new SwitchableDataset(directory.openCurrent());
            if (!check) {
                // A check stops as soon as it has asked its pages: the first versions are left to the next start.
                history.baselineInBackground(dataset.current());
            }
            store = new LocalStore(dataset, iris);
        }
        Dumps dumps = catalog.dumps(options.store, iris,
                remote() ? null : ChangeLog.of(security.changeLog, directory).folder());
        PublishedSite.Builder site = PublishedSite.builder(store, iris).limits(limits)
                .everything(queries, catalogSettings, dumps).mapTiles(mapTiles);
        if (history != null) {
            site.history(history);
        }
        if (security.adminEnabled()) {
            site.admin(security.adminPasswordFile, security.changeLog, dataset, directory, options.data,
                    security.adminLimits()).staff(security.staffSettings());
        }
        WebApp web = site.build();
        heldPort.ifPresent(ServeCommand::release);
        PublisherServer server = PublisherServer.start(ServerSettings.builder(iris)
                .port(port)
                .bindAddress(bind)
                .queryLimits(limits)
                .dataset(dataset)
                .web(web)
                .operations(operations.operations(metrics, store))
                .build());
        operations.serveMetrics(metrics);
        dumps.writeInBackground(store);
        Pages pages = web.site().pages();
        printUrls(server, iris, pages);
        if (check) {
            boolean passed = new StartCheck(pages).passes(server.siteUrl(), dataset != null, spec.commandLine().getOut());
            server.stop();
            return passed ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        SwitchableDataset served = dataset;
        History versions = history;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, served, versions, metrics), "shutdown"));
        server.join();
        return ExitCodes.OK;
    }

    private boolean remote() {
        return sparqlEndpoint != null && !sparqlEndpoint.isBlank();
    }

    /** On SIGTERM: the requests in flight are finished, then the store is closed cleanly. */
    private static void stop(PublisherServer server, SwitchableDataset dataset, History history,
                             Optional<ServerMetrics> metrics) {
        server.stop();
        if (dataset != null) {
            StoreDirectory.release(dataset.current());
            history.close();
            LOG.info("Closed the store");
        }
        metrics.ifPresent(ServerMetrics::close);
    }

    /**
     * Listens on the port while the data loads, so that a port in use stops the start before the load,
     * not after; released just before the server binds it. None for port 0 (the server picks one).
     */
    private Optional<ServerSocket> holdPort(int port) throws IOException {
        if (port == 0) {
            return Optional.empty();
        }
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(bind), port));
            return Optional.of(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Stops listening on a held port; nothing to do when it was released before. */
    private static void release(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release port " + socket.getLocalPort(), e);
        }
    }

    /** Loads when needed; false when there is nothing to serve. */
    private boolean loadIfChanged(StoreDirectory directory, Iris iris, History history) {
        Loader loader = new Loader(directory, iris);
        ChangeLog changeLog = security.changeLog(directory);
        if (loader.isCurrent(options.data)) {
            LOG.info("The data has not changed since the last load: serving the store as it is");
            return true;
        }
        Optional<Path> before = directory.current();
        try {
            Loader.Result result = loader.load(options.data,
                    new EditReplay(changeLog, new Conflicts(changeLog.folder()), iris));
            LoadChanges.afterLoad(directory, before, changeLog, history, result.loaded(), "serve", "load",
                    result.version());
            return true;
        } catch (LoadRejected rejected) {
            PrintWriter err = spec.commandLine().getErr();
            ProblemPrinter.print(err, rejected.problems());
            if (directory.current().isPresent()) {
                err.println("The new data was refused: serving the data loaded before.");
                return true;
            }
            err.println("The data was refused and the store is empty: nothing to serve.");
            return false;
        }
    }

    private void printUrls(PublisherServer server, Iris iris, Pages pages) {
        PrintWriter out = spec.commandLine().getOut();
        String root = server.siteUrl();
        out.println("Serving " + root + (iris.base().equals(root) ? "" : " as " + iris.base()));
        if (security.adminEnabled()) {
            out.println("Staff writes are on: " + root + AdminRoutes.PATH + "/… and the editor at " + root
                    + StaffRoutes.PATH + " for the staff named in " + security.adminPasswordFile);
        }
        for (Page page : pages.printed(!remote())) {
            out.printf("  %-22s %s%n", root + page.path(), page.printed());
        }
        out.flush();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }
}
