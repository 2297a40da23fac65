package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.metrics.ServerMetrics;
import se.linkoping.lod.testing.RunningSite;

/**
 * A document asked for again is answered by the server's kept responses, before the web app: with the
 * status, headers and bytes the app itself sends, each variant apart, never to a request that carries
 * credentials, a cookie or asks for a fresh answer, counted in the metrics and written to the access log.
 */
class KeptResponsesTest {

    private static final ServerMetrics METRICS = ServerMetrics.create();
    private static final Path ACCESS_LOG = accessLogFile();

    @RegisterExtension
    static final RunningSite site = RunningSite.seed().operations(new Operations(Optional.of(METRICS),
            Optional.of(ACCESS_LOG.toString()), () -> true, Duration.ofSeconds(5)));

    @AfterAll
    static void closeMetrics() throws IOException {
        METRICS.close();
        Files.deleteIfExists(ACCESS_LOG);
    }

    @Test
    void aKeptAnswerIsTheAppsAnswerHeaderByHeaderAndByteByByte() {
        for (String accept : List.of("text/html", "text/turtle", "application/ld+json")) {
            String doc = site.url("doc/town/tours");
            Map<String, String> asked = Map.of("Accept", accept);
            site.get(doc, asked);
            HttpResponse<byte[]> app = site.get(doc, Map.of("Accept", accept, "Cookie", "seen=1"));
            double before = kept();
            HttpResponse<byte[]> kept = site.get(doc, asked);
            assertEquals(before + 1, kept(), accept + ": answered from the kept responses");
            assertEquals(200, kept.statusCode());
            assertEquals(headers(app), headers(kept), accept);
            assertArrayEquals(app.body(), kept.body(), accept);
            assertEquals("0", kept.headers().firstValue("X-Store-Queries").orElseThrow());
            assertEquals(List.of("*"), kept.headers().allValues("Access-Control-Allow-Origin"),
                    "the CORS header once, from the handler outside");
            assertEquals(1, kept.headers().allValues("Content-Security-Policy").size());
            assertEquals(1, kept.headers().allValues("Date").size());

            HttpResponse<byte[]> head = site.send("HEAD", doc, asked);
            assertEquals(before + 2, kept());
            assertEquals(headers(app), headers(head), accept + ": HEAD");
            assertEquals(0, head.body().length);
        }
    }

    @Test
    void aKeptAnswerIsCompressedAsTheAppsIs() throws IOException {
        String doc = site.url("doc/town/kaunas");
        Map<String, String> asked = Map.of("Accept", "text/html", "Accept-Encoding", "gzip");
        site.get(doc, asked);
        HttpResponse<byte[]> app = site.get(doc, Map.of("Accept", "text/html", "Accept-Encoding", "gzip",
                "Cookie", "seen=1"));
        double before = kept();
        HttpResponse<byte[]> kept = site.get(doc, asked);
        assertEquals(before + 1, kept());
        assertEquals("gzip", kept.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(headers(app), headers(kept));
        assertArrayEquals(gunzip(app.body()), gunzip(kept.body()));
    }

    @Test
    void eachVariantIsKeptApartAndAnsweredOnlyToTheSameHeaders() {
        String doc = site.url("doc/project/fristad-linkoping");
        Map<String, Map<String, String>> variants = Map.of(
                "sv", Map.of("Accept", "text/html", "Accept-Language", "sv"),
                "en", Map.of("Accept", "text/html", "Accept-Language", "en"),
                "turtle", Map.of("Accept", "text/turtle", "Accept-Language", "en"),
                "rdfxml", Map.of("Accept", "application/rdf+xml"));
        variants.values().forEach(headers -> site.get(doc, headers));
        for (int round = 0; round < 2; round++) {
            double before = kept();
            String swedish = RunningSite.text(site.get(doc, variants.get("sv")));
            String english = RunningSite.text(site.get(doc, variants.get("en")));
            HttpResponse<byte[]> turtle = site.get(doc, variants.get("turtle"));
            HttpResponse<byte[]> rdfXml = site.get(doc, variants.get("rdfxml"));
            assertEquals(before + 4, kept());
            assertTrue(swedish.contains("<html lang=\"sv\">"), swedish);
            assertTrue(english.contains("<html lang=\"en\">"), english);
            assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
            assertTrue(rdfXml.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rdf+xml"));
        }
        double before = kept();
        HttpResponse<byte[]> other = site.get(doc, Map.of("Accept", "text/html", "Accept-Language", "en-GB"));
        assertEquals(before, kept(), "another Accept-Language is the app's to negotiate");
        assertTrue(RunningSite.text(other).contains("<html lang=\"en\">"));
        site.get(doc, Map.of("Accept", "text/html", "Accept-Language", "en-GB"));
        assertEquals(before + 1, kept(), "and its answer is kept in turn");
    }

    @Test
    void requestsWithCredentialsCookiesOrAskingForAFreshAnswerGoToTheApp() {
        String doc = site.url("doc/town/tours");
        site.get(doc, Map.of("Accept", "text/html"));
        double before = kept();
        for (Map<String, String> headers : List.of(Map.of("Cookie", "seen=1"),
                Map.of("Authorization", RunningSite.basic("someone", "secret")),
                Map.of("Cache-Control", "no-cache"), Map.of("Pragma", "no-cache"), Map.of("Range", "bytes=0-9"),
                Map.of("Accept-Datetime", "Thu, 01 Jan 2026 00:00:00 GMT"))) {
            HttpResponse<byte[]> response = site.get(doc, with(headers, "Accept", "text/html"));
            assertTrue(response.statusCode() < 500, headers + ": " + response.statusCode());
        }
        assertEquals(before, kept(), "none answered from the kept responses");
        HttpResponse<byte[]> fresh = site.get(doc, Map.of("Accept", "text/html", "Cache-Control", "no-cache"));
        assertEquals("1", fresh.headers().firstValue("X-Store-Queries").orElseThrow(), "rendered afresh");
    }

    @Test
    void aClientWithTheCurrentEtagIsAnswered304() {
        String doc = site.url("doc/town/kaunas");
        HttpResponse<byte[]> first = site.get(doc, Map.of("Accept", "text/turtle"));
        site.get(doc, Map.of("Accept", "text/turtle"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> revalidated = site.get(doc, Map.of("Accept", "text/turtle", "If-None-Match", etag));
        assertEquals(304, revalidated.statusCode());
        assertEquals(0, revalidated.body().length);
        assertEquals(etag, revalidated.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> changed = site.get(doc, Map.of("Accept", "text/turtle", "If-None-Match", "\"other\""));
        assertEquals(200, changed.statusCode());
        assertArrayEquals(first.body(), changed.body());
    }

    @Test
    void onlyMarkedAnswersAreKept() {
        String home = site.url("");
        site.get(home, Map.of("Accept", "text/html"));
        double before = kept();
        site.get(home, Map.of("Accept", "text/html"));
        assertEquals(before, kept(), "the home page is not marked keepable");
        String missing = site.url("doc/town/nowhere");
        site.get(missing, Map.of("Accept", "text/html"));
        assertEquals(404, site.get(missing, Map.of("Accept", "text/html")).statusCode());
        assertEquals(before, kept(), "a 404 is not kept");
    }

    @Test
    void keptAnswersAreCountedAsPagesAndLogged() throws Exception {
        String doc = site.url("doc/town/tours?lang=en");
        site.get(doc, Map.of("Accept", "text/html"));
        double before = kept();
        double pages = resourcePages();
        site.get(doc, Map.of("Accept", "text/html", "User-Agent", "kept-responses-check"));
        assertEquals(before + 1, kept());
        assertEquals(pages + 1, resourcePages(), "counted with the resource pages");
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.readString(ACCESS_LOG).contains("kept-responses-check") && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        String line = Files.readAllLines(ACCESS_LOG).stream().filter(l -> l.contains("kept-responses-check"))
                .findFirst().orElseThrow(() -> new AssertionError("no access log line"));
        assertTrue(line.contains("\"GET /doc/town/tours?lang=en HTTP/1.1\" 200"), line);
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> all = new TreeMap<>(headers);
        all.put(name, value);
        return all;
    }

    /** The response's headers by lower-case name, every value in order, without the time of sending. */
    private static Map<String, List<String>> headers(HttpResponse<byte[]> response) {
        Map<String, List<String>> all = new TreeMap<>(response.headers().map());
        all.remove("date");
        return all;
    }

    private static double kept() {
        return metric("lod_kept_responses_total ");
    }

    private static double resourcePages() {
        return metric("lod_http_server_requests_seconds_count{kind=\"resource\",status=\"200\"} ");
    }

    private static double metric(String prefix) {
        return METRICS.scrape().lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).trim()))
                .findFirst().orElse(0);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static Path accessLogFile() {
        try {
            return Files.createTempFile("access", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
