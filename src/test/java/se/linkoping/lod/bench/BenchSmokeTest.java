package se.linkoping.lod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark suite at smoke size (tiny data, one-second runs): it runs end to end, and its results
 * hold every figure with a value, a spread and a goal, so the suite keeps working between real runs.
 */
class BenchSmokeTest {

    private static final Set<String> FIGURES = Set.of("page_vs_static_uncached", "page_vs_static_cached",
            "sparql_vs_fuseki", "load_vs_tdbloader", "page_p50_10m_over_10k", "cold_start_s", "idle_rss_mb",
            "store_queries_per_page", "store_queries_per_page_remote");
    /** The figures against the peer, measured when node is installed. */
    private static final Set<String> PEER_FIGURES = Set.of("page_vs_trifid_embedded", "page_vs_trifid_remote");

    @TempDir
    Path work;

    @Test
    void theSuiteRunsAndReportsEveryFigure() throws IOException {
        Path project = Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));
        BenchSettings settings = new BenchSettings(2_000, 6_000, 3_000, 1, 1, Duration.ofSeconds(1), Duration.ZERO, 4,
                1, "http://localhost:8080/", work, project.resolve("target").resolve("bench-peers"), project,
                new JavaCommand(System.getProperty("java.class.path"), List.of()), HttpLoad.best(), "smoke test");

        Results results = new BenchSuite(settings).run();
        Path json = ResultsWriter.write(results, work.resolve("results"));

        JsonObject written = JSON.read(json.toString());
        JsonObject figures = written.get("figures").getAsObject();
        Set<String> expected = new HashSet<>(FIGURES);
        String peer = written.get("settings").getAsObject().get("peer").getAsString().value();
        if (nodeInstalled()) {
            assertTrue(peer.startsWith("Trifid "), peer);
            // The peer's failures do not stop the suite: its figures are there, or the results say why not.
            if (PEER_FIGURES.stream().anyMatch(name -> !figures.hasKey(name))) {
                assertTrue(peer.contains("left out: "), "the results say why a peer figure is missing: " + peer);
            } else {
                expected.addAll(PEER_FIGURES);
            }
            if (!peer.contains("did not answer its first page")) {
                assertEquals(1, results.figure("trifid_shipped_failed_requests").runs().size(),
                        "the peer's failed requests are recorded for each run");
                assertEquals(1, results.figure("trifid_tuned_failed_requests").runs().size());
            }
        } else {
            assertTrue(peer.startsWith("none"), "the results say why the peer is missing: " + peer);
        }
        assertEquals(expected, figures.keys().stream().collect(Collectors.toSet()));
        for (String name : expected) {
            JsonObject figure = figures.get(name).getAsObject();
            double value = figure.get("value").getAsNumber().value().doubleValue();
            assertTrue(value > 0 && Double.isFinite(value), name + " = " + value);
            assertTrue(figure.hasKey("min") && figure.hasKey("max") && figure.hasKey("goal") && figure.hasKey("met"), name);
        }
        assertEquals(1.0, results.figure("store_queries_per_page").median(), "a resource page costs one read of the store");
        assertEquals(1.0, results.figure("store_queries_per_page_remote").median(), "and one query in remote mode");
        assertTrue(results.figure("hello_rps").median() > results.figure("sparql_ours_rps").median() / 100,
                "the hello route answers");
        JsonObject machine = JSON.read(json.toString()).get("machine").getAsObject();
        assertTrue(machine.get("cores").getAsNumber().value().intValue() > 0);
        String table = Files.readString(work.resolve("results/latest.md"), StandardCharsets.UTF_8);
        expected.forEach(name -> assertTrue(table.contains("| " + name + " |"), name + " in the table"));
        assertTrue(table.contains("Peer: " + peer), "the peer in the table");
    }

    private static boolean nodeInstalled() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: node --version", e);
        }
    }

    @Test
    void wrkReportsAreRead() {
        String report = """
                Running 10s test @ http://127.0.0.1:8080
                  2 threads and 16 connections
                  Latency Distribution
                     50%  635.91us
                     75%  712.04us
                     90%    1.04ms
                     99%    2.36ms
                  123456 requests in 10.00s, 12.3MB read
                  Socket errors: connect 0, read 2, write 0, timeout 1
                  Non-2xx or 3xx responses: 5
                Requests/sec:  12345.67
                Transfer/sec:      1.23MB
                """;
        Measurement m = WrkLoad.parse(report);
        assertEquals(12345.67, m.requestsPerSecond(), 1e-9);
        assertEquals(0.63591, m.p50Millis(), 1e-9);
        assertEquals(123456, m.requests());
        assertEquals(8, m.errors());
    }
}
