package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/** A runaway query is cancelled at the timeout while other queries keep being answered. */
class QueryTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SLACK = Duration.ofSeconds(3);
    /** Five copies of the data joined with nothing in common: 73^5, about two billion rows. */
    private static final String RUNAWAY =
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }";
    private static final String LIGHT = "ASK { ?s ?p ?o }";

    @RegisterExtension
    static final RunningSite site = RunningSite.sample().limits(QueryLimits.DEFAULTS.withTimeout(TIMEOUT));
    static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void runawayQueryIsCancelledAndLightQueriesStillAnswer() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> runaway = http.sendAsync(query(RUNAWAY), HttpResponse.BodyHandlers.ofString());

        Thread.sleep(300);
        long lightStarted = System.nanoTime();
        HttpResponse<String> light = http.send(query(LIGHT), HttpResponse.BodyHandlers.ofString());
        Duration lightTook = Duration.ofNanos(System.nanoTime() - lightStarted);
        assertEquals(200, light.statusCode());
        assertTrue(lightTook.compareTo(Duration.ofSeconds(1)) < 0, "A light query took " + lightTook + " beside the runaway");
        assertTrue(!runaway.isDone(), "The runaway query should still be running when the light one is answered");

        HttpResponse<String> cancelled = runaway.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, cancelled.statusCode(), cancelled.body());
        assertTrue(took.compareTo(TIMEOUT.plus(SLACK)) < 0, "The runaway query came back after " + took);
        assertTrue(took.compareTo(TIMEOUT) >= 0, "The runaway query came back before the timeout, after " + took);

        assertEquals(200, http.send(query(LIGHT), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static HttpRequest query(String query) {
        return HttpRequest.newBuilder(URI.create(site.server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60))
                .build();
    }
}
