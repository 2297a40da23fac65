package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/**
 * The public endpoint's limits through the real server: a runaway query is cancelled while light
 * queries stay fast, rows are capped, long queries are refused, a client with too many queries
 * running is told to retry later, and the limits are stated where clients read them.
 */
class GuardRailsTest {

    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(3), 7, 2048, 3);
    /** Five copies of the data joined with nothing in common: far more rows than can be counted in time. */
    private static final String RUNAWAY =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }";
    private static final String LIGHT = "ASK { ?s ?p ?o }";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin().limits(LIMITS);

    @Test
    void aRunawayQueryIsCancelledWhileLightQueriesStayFast() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = site.http.sendAsync(query(RUNAWAY).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        for (int i = 0; i < 10; i++) {
            long lightStarted = System.nanoTime();
            HttpResponse<String> light = site.send(query(LIGHT));
            Duration took = Duration.ofNanos(System.nanoTime() - lightStarted);
            assertEquals(200, light.statusCode(), light.body());
            assertTrue(took.compareTo(Duration.ofMillis(500)) < 0, "a light query took " + took + " beside the runaway");
            HttpResponse<String> page = site.get("doc/project/fristad-linkoping", "text/html");
            assertEquals(200, page.statusCode());
        }
        assertFalse(runaway.isDone(), "the runaway query is still running while the light ones are answered");
        HttpResponse<String> cancelled = runaway.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, cancelled.statusCode(), cancelled.body());
        assertTrue(took.compareTo(LIMITS.timeout().plusSeconds(3)) < 0, "the runaway query came back after " + took);
    }

    @Test
    void resultsAreCappedAtTheRowLimit() {
        assertEquals(LIMITS.maxResultRows(), rows("SELECT * { ?s ?p ?o }"));
        assertEquals(LIMITS.maxResultRows(), rows("SELECT * { ?s ?p ?o } LIMIT 1000"));
        assertEquals(3, rows("SELECT * { ?s ?p ?o } LIMIT 3"));
    }

    @Test
    void aQueryOverTheSizeLimitIsRefusedWith413() {
        String padded = "ASK { ?s ?p ?o } #" + "x".repeat(LIMITS.maxQueryBytes());
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url("sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(padded)));
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains(Integer.toString(LIMITS.maxQueryBytes())), response.body());
        String fits = "ASK { ?s ?p ?o } #" + "x".repeat(LIMITS.maxQueryBytes() - 100);
        assertEquals(200, site.send(HttpRequest.newBuilder(URI.create(site.url("sparql")))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(fits))).statusCode());
    }

    @Test
    void oneClientBeyondItsConcurrentQueriesIsToldToRetryLater() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> running = new ArrayList<>();
        for (int i = 0; i < LIMITS.maxConcurrentPerClient(); i++) {
            running.add(site.http.sendAsync(query(RUNAWAY).build(), HttpResponse.BodyHandlers.ofString()));
        }
        Thread.sleep(500);
        HttpResponse<String> refused = site.send(query(LIGHT));
        assertEquals(429, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().toString());
        assertTrue(refused.body().contains("at most " + LIMITS.maxConcurrentPerClient()), refused.body());
        assertEquals(200, site.get("doc/project/fristad-linkoping", "text/html").statusCode(),
                "pages are still served to the same client");
        for (CompletableFuture<HttpResponse<String>> query : running) {
            assertEquals(503, query.get().statusCode());
        }
        assertEquals(200, site.send(query(LIGHT)).statusCode(), "once they are done, the client may query again");
    }

    @Test
    void theLimitsAreStatedInTheServiceDescriptionAndOnTheQueryPage() {
        String description = site.get("sparql", "text/turtle").body();
        assertTrue(description.contains("3 seconds") && description.contains("at most 7 rows")
                && description.contains("2,048 bytes"), description);
        String page = site.get("query?lang=en", "text/html").body();
        assertTrue(page.contains("7 rows") && page.contains("3 seconds"), "the query page states the limits");
    }

    private static long rows(String query) {
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url("sparql") + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/tab-separated-values"));
        assertEquals(200, response.statusCode(), response.body());
        return response.body().lines().count() - 1;
    }

    private static HttpRequest.Builder query(String text) {
        return HttpRequest.newBuilder(URI.create(site.url("sparql") + "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json");
    }
}
