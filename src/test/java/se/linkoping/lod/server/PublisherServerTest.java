package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import spark.Spark;

import se.linkoping.lod.store.TestData;
import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.web.RouteGroup;

/** The one server: routing between endpoint and web app, CORS everywhere, health, buffers. */
class PublisherServerTest {

    /** A web route that reports the response buffer it was given, and one that answers JSON. */
    private static final RouteGroup PROBES = shared -> {
        Spark.get("/probe/buffer", (request, response) -> {
            response.type("text/plain");
            return Integer.toString(response.raw().getBufferSize());
        });
        Spark.get("/probe/json", (request, response) -> {
            response.type("application/json");
            return "{\"ok\":true}";
        });
    };

    @RegisterExtension
    static final RunningSite site = RunningSite.sample().only(List.of(new HealthRoutes(), PROBES))
            .webOutputBufferSize(8192);
    static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listensOnTheChosenPortOfTheBoundInterface() {
        assertTrue(site.server.port() > 0);
        assertEquals("http://127.0.0.1:" + site.server.port() + "/", site.server.url());
        assertEquals(site.server.url() + "sparql", site.server.sparqlUrl());
    }

    @Test
    void healthReportsTheDataVersion() throws Exception {
        HttpResponse<String> response = send(get("health"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(response.body().contains("version " + TestData.DIGEST), response.body());
        assertTrue(response.body().contains("modified 2025-03-04T05:06:07Z"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"no/such/page", "sparql/query", "ds/sparql", "sparql/"})
    void unknownPathsGetTheWebAppsNotFound(String path) throws Exception {
        HttpResponse<String> response = send(get(path));
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("404") || response.body().contains("<html"),
                "SparkJava's or the site's not-found page: " + response.body());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void webRoutesRunWithTheirOwnSmallBuffer() throws Exception {
        HttpResponse<String> response = send(get("probe/buffer"));
        assertEquals(200, response.statusCode());
        assertEquals(8192, Integer.parseInt(response.body()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"probe/json", "health", "sparql", "sparql?query=ASK%7B%7D", "sparql?query=broken"})
    void everyResponseAllowsAnyOrigin(String path) throws Exception {
        HttpResponse<String> response = send(get(path).header("Origin", "https://example.com"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                path + " answered " + response.statusCode() + " " + response.headers().map());
    }

    @Test
    void postResponsesAllowAnyOrigin() throws Exception {
        HttpResponse<String> response = send(request("sparql")
                .header("Origin", "https://example.com")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")));
        assertEquals(200, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sparql", "probe/json"})
    void preflightIsAnswered(String path) throws Exception {
        HttpResponse<String> response = send(request(path)
                .header("Origin", "https://example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        String methods = response.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        for (String method : List.of("GET", "POST", "OPTIONS")) {
            assertTrue(methods.contains(method), methods);
        }
        String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElse("");
        assertTrue(headers.contains("Accept") && headers.contains("Content-Type"), headers);
    }

    @Test
    void endpointAndWebAppShareThePort() throws Exception {
        String query = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> sparql = send(get("sparql?query=" + query).header("Accept", "application/sparql-results+json"));
        assertEquals(200, sparql.statusCode());
        assertTrue(sparql.body().contains("true"), sparql.body());
        assertEquals(200, send(get("probe/json")).statusCode());
    }

    private static HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site.server.url() + path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
