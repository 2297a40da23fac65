package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.generate.GeneratedFile;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.CountingStore;

/**
 * The whole benchmark suite, run in one go so that every ratio compares figures taken side by side:
 * same machine, same JVM flags, same data.
 *
 * <ol>
 *   <li>generates the data (small, large, load sizes) and loads it with our loader;</li>
 *   <li>on the small store: hello route, resource pages (uncached: many pages in turn, each asked
 *       with {@code Cache-Control: no-cache}; cached: one page again and again; revalidated: one page
 *       with its ETag), the same pages' bytes as static files of the same server, our pages in remote
 *       mode (a {@code serve --sparql-endpoint} over our {@code /sparql}), the peer (Trifid, as shipped
 *       and tuned, over the same {@code /sparql}, when node is installed), SPARQL through our port and
 *       through a bare Fuseki (both at once), page latency (uncached) with one connection;</li>
 *   <li>on the large store: page latency with one connection;</li>
 *   <li>our {@code load} against Jena's loader, each in its own JVM;</li>
 *   <li>cold starts of {@code serve} over the seed data, and the memory after each.</li>
 * </ol>
 */
final class BenchSuite {

    private static final Logger LOG = LoggerFactory.getLogger(BenchSuite.class);
    private static final Map<String, String> HTML = Map.of("Accept", "text/html");
    /** A page rendered afresh, past any kept rendering. */
    private static final Map<String, String> FRESH_HTML = Map.of("Accept", "text/html", "Cache-Control", "no-cache");
    private static final Map<String, String> SPARQL_JSON = Map.of("Accept", "application/sparql-results+json");
    /**
     * The shortest run of the peer: its pages take up to a second each on a busy machine, and a run
     * must see some of them answered.
     */
    private static final Duration PEER_RUN = Duration.ofSeconds(5);
    /**
     * The longest run of the peer: a run in which it answers fewer than {@link #PEER_PAGES_PER_CONNECTION}
     * pages per connection is run again twice as long (and so are its later runs), up to this.
     */
    private static final Duration PEER_RUN_LIMIT = Duration.ofSeconds(80);
    private static final int PEER_PAGES_PER_CONNECTION = 2;
    /** At most this many different pages are requested in turn. */
    private static final int PAGES = 500;

    private final BenchSettings settings;
    private final Iris iris;
    private final Map<String, List<Double>> samples = new HashMap<>();
    /** How long each of the peer's kinds of run lasts, lengthened when a run sees too few pages. */
    private final Map<String, Duration> peerRuns = new HashMap<>();
    /** Why a peer's run, or the peer, gave no figure. */
    private final List<String> peerLeftOut = new ArrayList<>();

    BenchSuite(BenchSettings settings) {
        this.settings = settings;
        this.iris = new Iris(settings.base());
    }

    Results run() {
        String loadBefore = Machine.loadAverage();
        Instant date = Instant.now();
        Path small = generated(settings.smallTriples());
        Path large = generated(settings.largeTriples());
        Path ontology = settings.project().resolve("ontology");
        Path smallStore = store("small-" + settings.smallTriples(), small, ontology);
        Path largeStore = store("large-" + settings.largeTriples(), large, ontology);

        Optional<Trifid> trifid = Trifid.install(settings.peers());
        double[] queriesPerPage = measureSmallSite(smallStore, trifid);
        measureLargeSite(largeStore);
        compareLoads(generated(settings.loadTriples()), ontology);
        measureColdStarts();

        List<Figure> figures = new ArrayList<>(List.of(
                Figure.floor("page_vs_static_uncached", ratio("page_uncached_rps", "static_uncached_rps"), "ratio", 0.5),
                Figure.floor("page_vs_static_cached", ratio("page_cached_rps", "static_cached_rps"), "ratio", 0.9),
                Figure.floor("sparql_vs_fuseki", ratio("sparql_ours_rps", "sparql_bare_rps"), "ratio", 0.95),
                Figure.floor("load_vs_tdbloader", ratio("load_ours_triples_per_s", "load_jena_triples_per_s"), "ratio", 0.77),
                Figure.ceiling("page_p50_10m_over_10k", ratio("page_p50_large_ms", "page_p50_small_ms"), "ratio", 1.5),
                Figure.ceiling("cold_start_s", samples.get("cold_start_s"), "s", 3),
                Figure.ceiling("idle_rss_mb", samples.get("idle_rss_mb"), "MB", 400),
                Figure.ceiling("store_queries_per_page", List.of(queriesPerPage[0]), "queries", 2),
                Figure.ceiling("store_queries_per_page_remote", List.of(queriesPerPage[1]), "queries", 1)));
        if (trifid.isPresent()) {
            peerFigure(figures, "page_vs_trifid_embedded", ratio("page_uncached_rps", "trifid_shipped_rps"), 50);
            peerFigure(figures, "page_vs_trifid_remote", ratio("page_remote_rps", "trifid_tuned_rps"), 2);
        }
        List<Figure> measurements = new ArrayList<>();
        measurements.add(Figure.info("page_vs_hello_uncached", ratio("page_uncached_rps", "hello_rps"), "ratio"));
        measurements.add(Figure.info("page_vs_hello_cached", ratio("page_cached_rps", "hello_rps"), "ratio"));
        measurements.add(Figure.info("page_vs_hello_revalidated", ratio("page_revalidated_rps", "hello_rps"), "ratio"));
        measurements.add(Figure.info("page_remote_vs_embedded", ratio("page_remote_rps", "page_uncached_rps"), "ratio"));
        samples.keySet().stream().sorted().forEach(name -> {
            List<Double> measured = samples.get(name).stream().filter(v -> !v.isNaN()).toList();
            if (!measured.isEmpty()) {
                measurements.add(Figure.info(name, measured, unit(name)));
            }
        });
        String peer = trifid.map(t -> t.description() + (peerLeftOut.isEmpty() ? ""
                        : "; left out: " + String.join("; ", peerLeftOut)))
                .orElse("none: node and npm were not found, so the peer's figures (page_vs_trifid_*) are left out");
        return new Results(date, settings, Machine.current(), loadBefore, Machine.loadAverage(),
                settings.http().name(), peer, figures, measurements);
    }

    /** Measures everything on the small store; returns the store queries of a page, embedded and remote. */
    private double[] measureSmallSite(Path store, Optional<Trifid> trifid) {
        try (BenchSite site = BenchSite.start(store, iris, settings.project().resolve("queries"), settings.connections(),
                settings.work().resolve("static-copies"))) {
            List<String> pages = site.projectPages(iris, PAGES);
            String page = pages.get(0);
            HttpResponse<Void> first = get(site.root() + page, HTML);
            if (first.statusCode() != 200) {
                throw new IllegalStateException("The page " + page + " answered " + first.statusCode());
            }
            double queries = queries(first, page);
            Map<String, String> revalidate = Map.of("Accept", "text/html",
                    "If-None-Match", first.headers().firstValue("ETag").orElseThrow());
            String select = BenchSite.smallSelect(iris.resolve(page.substring(1).replaceFirst("^doc/", "id/")));
            List<String> copies = staticCopies(site, pages);
            List<String> things = pages.stream().map(Trifid::thingPath).toList();
            // The other servers start at once, then are waited for: each takes seconds to start.
            try (ServedProcess remote = remoteSite(site.sparqlUrl());
                 ServedProcess shipped = trifid.map(t -> t.shipped(site.sparqlUrl(), iris.base(), BenchSite.freePort(),
                         things.get(0))).orElse(null);
                 ServedProcess tuned = trifid.map(t -> t.tuned(site.sparqlUrl(), iris.base(), BenchSite.freePort(),
                         things.get(0))).orElse(null)) {
                remote.ready();
                boolean peerUp = shipped != null && tuned != null && peerReady(shipped) && peerReady(tuned);
                double remoteQueries = queries(get(remote.root() + page, FRESH_HTML), page);
                List<Runnable> kinds = new ArrayList<>(List.of(
                        () -> throughput("hello_rps", site.root(), List.of(HelloRoutes.PATH), Map.of()),
                        () -> throughput("page_uncached_rps", site.root(), pages, FRESH_HTML),
                        () -> throughput("static_uncached_rps", site.root(), copies, FRESH_HTML),
                        () -> throughput("page_cached_rps", site.root(), List.of(page), HTML),
                        () -> throughput("static_cached_rps", site.root(), List.of(copies.get(0)), HTML),
                        () -> throughput("page_revalidated_rps", site.root(), List.of(page), revalidate),
                        () -> throughput("page_remote_rps", remote.root(), pages, FRESH_HTML),
                        () -> throughputsAtOnce("sparql_ours_rps", site.root(), List.of("/sparql" + select),
                                "sparql_bare_rps", site.bareRoot(), List.of(BenchSite.BARE_QUERY_PATH + select), SPARQL_JSON),
                        () -> latency("page_p50_small_ms", site.root(), pages)));
                warmUp(site.root(), pages, HTML);
                warmUp(site.root(), copies, HTML);
                warmUp(site.root(), List.of(HelloRoutes.PATH), Map.of());
                warmUp(site.root(), List.of("/sparql" + select), SPARQL_JSON);
                warmUp(site.bareRoot(), List.of(BenchSite.BARE_QUERY_PATH + select), SPARQL_JSON);
                warmUp(remote.root(), pages, FRESH_HTML);
                if (peerUp) {
                    kinds.add(() -> peerThroughput("trifid_shipped", shipped.root(), things));
                    kinds.add(() -> peerThroughput("trifid_tuned", tuned.root(), things));
                    warmUp(shipped.root(), things, FRESH_HTML);
                    warmUp(tuned.root(), things, FRESH_HTML);
                }
                for (int run = 0; run < settings.runs(); run++) {
                    LOG.info("Small site ({} triples), run {} of {}", settings.smallTriples(), run + 1, settings.runs());
                    kinds.forEach(Runnable::run);
                }
                return new double[] {queries, remoteQueries};
            }
        }
    }

    /**
     * Each page's HTML, as the server renders it afresh, kept as a static file of the same server;
     * returns their paths, in the order of the pages.
     */
    private static List<String> staticCopies(BenchSite site, List<String> pages) {
        List<String> copies = new ArrayList<>();
        for (String page : pages) {
            HttpResponse<byte[]> response = send(site.root() + page, FRESH_HTML, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The page " + page + " answered " + response.statusCode());
            }
            copies.add(site.copy(page.substring(1).replace('/', '_') + ".html", response.body()));
        }
        return copies;
    }

    /**
     * Our site in remote mode, as operators run it ({@code serve --sparql-endpoint}) in a JVM of its
     * own, over the endpoint; ready once it has written its dumps (in the background, as it starts),
     * so that they are not written while it is measured.
     */
    private ServedProcess remoteSite(String sparqlUrl) {
        int port = BenchSite.freePort();
        Path folder = settings.work().resolve("remote");
        ProcessBuilder serve = settings.java().lod(settings.project(), List.of("serve",
                "--sparql-endpoint", sparqlUrl, "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--base", iris.base(), "--queries", settings.project().resolve("queries").toString(),
                "--dumps", folder.resolve("dumps").toString()));
        return ServedProcess.start(serve, folder.resolve("serve.log"), "http://127.0.0.1:" + port,
                "/dumps/all.nt.gz", "*/*");
    }

    private static double queries(HttpResponse<Void> response, String page) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The page " + page + " answered " + response.statusCode());
        }
        return Double.parseDouble(response.headers().firstValue(CountingStore.HEADER)
                .orElseThrow(() -> new IllegalStateException("No " + CountingStore.HEADER + " on " + page)));
    }

    private void measureLargeSite(Path store) {
        try (BenchSite site = BenchSite.start(store, iris, settings.project().resolve("queries"), settings.connections(),
                settings.work().resolve("static-copies"))) {
            List<String> pages = site.projectPages(iris, PAGES);
            warmUp(site.root(), pages, HTML);
            for (int run = 0; run < settings.runs(); run++) {
                LOG.info("Large site ({} triples), run {} of {}", settings.largeTriples(), run + 1, settings.runs());
                latency("page_p50_large_ms", site.root(), pages);
            }
        }
    }

    private void compareLoads(Path data, Path ontology) {
        LoadComparison loads = new LoadComparison(settings.java(), settings.work());
        for (int run = 0; run < settings.loadRuns(); run++) {
            LOG.info("Loads of {} triples, run {} of {}", settings.loadTriples(), run + 1, settings.loadRuns());
            LoadComparison.Run ours = loads.ours(data, ontology, iris.base());
            LoadComparison.Run jena = loads.jena(data, ontology, iris.base());
            add("load_ours_s", ours.seconds());
            add("load_jena_s", jena.seconds());
            add("load_ours_triples_per_s", ours.triplesPerSecond());
            add("load_jena_triples_per_s", jena.triplesPerSecond());
        }
    }

    private void measureColdStarts() {
        Path project = settings.project();
        Path seedStore = settings.work().resolve("stores").resolve("seed");
        ColdStart coldStart = new ColdStart(settings.java(), project);
        coldStart.prepare(seedStore, iris);
        for (int run = 0; run < settings.runs(); run++) {
            LOG.info("Cold start, run {} of {}", run + 1, settings.runs());
            ColdStart.Run start = coldStart.run(seedStore, iris.base(), "/doc/project/art4rights");
            add("cold_start_s", start.seconds());
            add("idle_rss_mb", start.rssMb());
        }
    }

    /** Requests per second over {@code --duration}; a failed request fails the suite (it is our defect). */
    private void throughput(String name, String root, List<String> paths, Map<String, String> headers) {
        Measurement m = checked(name, settings.http().run(root, paths, headers, settings.connections(), settings.duration()));
        add(name, m.requestsPerSecond());
    }

    /**
     * The peer's pages answered per second ({@code NAME_rps}) and its failed or timed-out requests
     * ({@code NAME_failed_requests}), run by run. Its failures are recorded, not fatal: a run that
     * answers no page counts as no figure, with the reason in the results. A run that sees fewer than
     * {@link #PEER_PAGES_PER_CONNECTION} pages per connection answered is run again twice as long, and
     * so are the later ones, up to {@link #PEER_RUN_LIMIT}: wrk counts no request still open at the
     * end of a run, and the peer's pages can take seconds each on a busy machine.
     */
    private void peerThroughput(String name, String root, List<String> paths) {
        Duration duration = peerRuns.getOrDefault(name,
                settings.duration().compareTo(PEER_RUN) < 0 ? PEER_RUN : settings.duration());
        Measurement m = settings.http().run(root, paths, FRESH_HTML, settings.connections(), duration);
        while (answered(m) < PEER_PAGES_PER_CONNECTION * settings.connections()
                && duration.compareTo(PEER_RUN_LIMIT) < 0) {
            LOG.warn("{}: {} pages answered and {} failed requests in {} s: run again for twice as long", name,
                    answered(m), m.errors(), duration.toSeconds());
            duration = duration.multipliedBy(2);
            m = settings.http().run(root, paths, FRESH_HTML, settings.connections(), duration);
        }
        peerRuns.put(name, duration);
        int run = samples.getOrDefault(name + "_rps", List.of()).size() + 1;
        add(name + "_failed_requests", m.errors());
        if (answered(m) == 0) {
            peerLeftOut.add(String.format("%s, run %d: no page answered in %d s (%d failed requests)", name, run,
                    duration.toSeconds(), m.errors()));
            add(name + "_rps", Double.NaN);
        } else {
            // Pages answered per second: the failed requests wrk counts among its responses (non-2xx) taken out.
            add(name + "_rps", m.requestsPerSecond() * answered(m) / m.requests());
        }
        LOG.info("{}: {} requests/s answered, p50 {} ms, {} failed requests in {} s", name,
                Format.number(samples.get(name + "_rps").get(run - 1)), Format.number(m.p50Millis()), m.errors(),
                duration.toSeconds());
    }

    /** Requests answered with a success, at most: wrk's completed responses less every failure it counted. */
    private static long answered(Measurement m) {
        return Math.max(0, m.requests() - m.errors());
    }

    /** True when the peer answers its first page; false, with the reason kept for the results, when not. */
    private boolean peerReady(ServedProcess peer) {
        try {
            peer.ready();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The peer at {} did not start: its figures are left out", peer.root(), e);
            peerLeftOut.add("did not answer its first page: " + e.getMessage().lines().findFirst().orElse(""));
            return false;
        }
    }

    /** Adds a figure against the peer when some run gave one; else its absence is said in the results. */
    private void peerFigure(List<Figure> figures, String name, List<Double> ratios, double goal) {
        if (ratios.isEmpty()) {
            peerLeftOut.add(name + " has no run in which the peer answered");
        } else {
            figures.add(Figure.floor(name, ratios, "ratio", goal));
        }
    }

    /**
     * Two throughputs measured at the same time, each with its own load generator and connections. The
     * two servers share the machine, the JVM and any noise at every moment, so neither pays alone for
     * what ran before it: measured one after the other, the one measured right after the page runs came
     * out 15–30 % slower, whichever it was.
     */
    private void throughputsAtOnce(String name, String root, List<String> paths, String otherName, String otherRoot,
                                   List<String> otherPaths, Map<String, String> headers) {
        CompletableFuture<Measurement> other = CompletableFuture.supplyAsync(() ->
                settings.http().run(otherRoot, otherPaths, headers, settings.connections(), settings.duration()));
        Measurement m = settings.http().run(root, paths, headers, settings.connections(), settings.duration());
        add(name, checked(name, m).requestsPerSecond());
        add(otherName, checked(otherName, other.join()).requestsPerSecond());
    }

    private void latency(String name, String root, List<String> pages) {
        Measurement m = checked(name, settings.http().run(root, pages, FRESH_HTML, 1, settings.duration()));
        add(name, m.p50Millis());
    }

    private void warmUp(String root, List<String> paths, Map<String, String> headers) {
        if (!settings.warmup().isZero()) {
            settings.http().run(root, paths, headers, settings.connections(), settings.warmup());
        }
    }

    private static Measurement checked(String name, Measurement m) {
        if (m.errors() > 0 || m.requests() == 0) {
            throw new IllegalStateException(name + ": " + m.errors() + " errors in " + m.requests() + " requests");
        }
        LOG.info("{}: {} requests/s, p50 {} ms", name, Format.number(m.requestsPerSecond()), Format.number(m.p50Millis()));
        return m;
    }

    private void add(String name, double value) {
        samples.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }

    /** Ratios run by run, leaving out the runs in which either side gave no figure. */
    private List<Double> ratio(String numerator, String denominator) {
        List<Double> numerators = samples.getOrDefault(numerator, List.of());
        List<Double> denominators = samples.getOrDefault(denominator, List.of());
        int runs = Math.min(numerators.size(), denominators.size());
        return Figure.ratios(numerators.subList(0, runs), denominators.subList(0, runs)).stream()
                .filter(r -> !r.isNaN()).toList();
    }

    private static String unit(String name) {
        if (name.endsWith("_rps")) {
            return "requests/s";
        }
        if (name.endsWith("_requests")) {
            return "requests";
        }
        if (name.endsWith("_ms")) {
            return "ms";
        }
        if (name.endsWith("_triples_per_s")) {
            return "triples/s";
        }
        if (name.endsWith("_mb")) {
            return "MB";
        }
        return name.endsWith("_s") ? "s" : "";
    }

    /** The generated file of that size, written once per size and seed. */
    private Path generated(long triples) {
        Path file = settings.work().resolve("data").resolve("generated-" + triples + "-seed" + settings.seed() + ".nt");
        if (Files.isRegularFile(file)) {
            return file;
        }
        LOG.info("Generating {} triples into {}", triples, file);
        Path partial = file.resolveSibling(file.getFileName() + ".partial.nt");
        GeneratedFile.write(partial, triples, settings.seed(), iris);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + partial + " to " + file, e);
        }
        return file;
    }

    private Path store(String name, Path data, Path ontology) {
        Path folder = settings.work().resolve("stores").resolve(name + "-seed" + settings.seed());
        LOG.info("Loading {} into {} (unless it holds it already)", data.getFileName(), folder);
        BenchSite.load(folder, List.of(data, ontology), iris);
        return folder;
    }

    private static HttpResponse<Void> get(String url, Map<String, String> headers) {
        return send(url, headers, HttpResponse.BodyHandlers.discarding());
    }

    private static <T> HttpResponse<T> send(String url, Map<String, String> headers, HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
        headers.forEach(request::header);
        try {
            return HttpClient.newHttpClient().send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: GET " + url, e);
        }
    }
}
