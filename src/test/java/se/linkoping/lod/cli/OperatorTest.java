package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator of {@code serve} sees: Prometheus metrics on a port of their own, scraped and
 * parsed by the Prometheus client's own parser (Debian's {@code python3-prometheus-client}), and an
 * access log in the NCSA combined format.
 */
class OperatorTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final Pattern COMBINED = Pattern.compile(
            "^(\\S+) - (\\S+) \\[([^]]+)] \"(\\S+) (\\S+) (HTTP/[0-9.]+)\" (\\d{3}) (\\d+|-) \"([^\"]*)\" \"([^\"]*)\"$");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void metricsAreScrapedOnTheirOwnPortAndEveryRequestIsLogged() throws Exception {
        int metricsPort = ServeProcess.freePort();
        Path accessLog = tmp.resolve("access.log");
        try (ServeProcess served = ServeProcess.start(ServeProcess.freePort(), "--store", tmp.resolve("store").toString(),
                "--metrics-port", Integer.toString(metricsPort), "--access-log", accessLog.toString())) {
            assertEquals(200, get(served.url() + "projects", "text/html").statusCode());
            assertEquals(200, get(served.url() + "doc/project/art4rights", "text/turtle").statusCode());
            assertEquals(200, get(served.url() + "sparql?query="
                    + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8), "application/sparql-results+json")
                    .statusCode());
            assertEquals(404, get(served.url() + "no/such/page", "text/html").statusCode());
            assertEquals(404, get(served.url() + "metrics", "text/plain").statusCode(),
                    "the metrics are not on the public port");

            JsonObject scraped = scrape("http://127.0.0.1:" + metricsPort + "/metrics");
            assertEquals("histogram", scraped.get("types").getAsObject().get("lod_http_server_requests_seconds")
                    .getAsString().value());
            assertTrue(sample(scraped, "lod_http_server_requests_seconds_count", Map.of("kind", "list", "status", "200")) >= 1);
            assertTrue(sample(scraped, "lod_http_server_requests_seconds_count",
                    Map.of("kind", "resource", "status", "200")) >= 1);
            assertTrue(sample(scraped, "lod_http_server_requests_seconds_count", Map.of("kind", "other", "status", "404")) >= 1);
            assertTrue(sample(scraped, "lod_http_server_requests_seconds_bucket",
                    Map.of("kind", "list", "status", "200", "le", "+Inf")) >= 1, "latency buckets");
            assertTrue(sample(scraped, "lod_sparql_queries_total", Map.of("status", "200")) >= 1);
            assertEquals(0, sample(scraped, "lod_sparql_refused_total", Map.of()));
            assertEquals(0, sample(scraped, "lod_sparql_timeouts_total", Map.of()));
            assertTrue(sample(scraped, "lod_store_reads_per_page_count", Map.of("kind", "list")) >= 1);
            assertEquals(1, sample(scraped, "lod_load_duration_seconds_count", Map.of("outcome", "loaded")),
                    "the load at the start");
            assertTrue(sample(scraped, "lod_data_modified_timestamp_seconds", Map.of()) > 1.7e9);
            assertTrue(scraped.get("samples").getAsArray().stream().anyMatch(s -> s.getAsObject()
                    .get("name").getAsString().value().equals("lod_data_version")), "the data version");
            assertTrue(sample(scraped, "jvm_memory_used_bytes", Map.of("area", "heap", "id", "G1 Eden Space")) >= 0);
            assertTrue(sample(scraped, "process_uptime_seconds", Map.of()) > 0);
        }
        List<String> lines = Files.readAllLines(accessLog, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 5, "a line per request: " + lines);
        for (String line : lines) {
            assertTrue(COMBINED.matcher(line).matches(), "NCSA combined: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"GET /projects HTTP/1.1\" 200 ")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"GET /no/such/page HTTP/1.1\" 404 ")), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("127.0.0.1 - - [")), lines.toString());
    }

    /** The value of the one sample with this name whose labels include these. */
    private static double sample(JsonObject scraped, String name, Map<String, String> labels) {
        List<JsonValue> matching = scraped.get("samples").getAsArray().stream().filter(s -> {
            JsonObject sample = s.getAsObject();
            if (!sample.get("name").getAsString().value().equals(name)) {
                return false;
            }
            JsonObject have = sample.get("labels").getAsObject();
            return labels.entrySet().stream().allMatch(e -> have.hasKey(e.getKey())
                    && have.get(e.getKey()).getAsString().value().equals(e.getValue()));
        }).toList();
        assertEquals(1, matching.size(), name + labels + " in " + matching);
        return matching.get(0).getAsObject().get("value").getAsNumber().value().doubleValue();
    }

    private JsonObject scrape(String url) throws IOException, InterruptedException {
        Path script = tmp.resolve("scrape_metrics.py");
        try (InputStream in = OperatorTest.class.getResourceAsStream("scrape_metrics.py")) {
            Files.copy(in, script);
        }
        Process process = new ProcessBuilder(PYTHON, script.toString(), url).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        return JSON.parse(output);
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
