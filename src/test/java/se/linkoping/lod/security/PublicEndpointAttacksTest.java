package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/**
 * The attacks that once got through the public endpoint, replayed against the real server: a
 * regular expression that backtracks for minutes, {@code java:} functions, a query that doubles a
 * string until the heap is gone, {@code SERVICE} hidden in {@code FILTER EXISTS}. Each is stopped
 * within the timeout and a second, with a clear answer, and the pages keep answering meanwhile.
 */
class PublicEndpointAttacksTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final QueryLimits LIMITS = new QueryLimits(TIMEOUT, 1000, 64 * 1024, 4);
    /** Backtracks 2^31 ways in java.util.regex: over a minute of one core. */
    private static final String REDOS =
            "ASK { BIND(\"" + "a".repeat(31) + "c\" AS ?s) FILTER(REGEX(?s, \"^(.*a){20}$\")) }";
    private static final String CONCAT_BOMB = concatBomb(29);

    @RegisterExtension
    static final RunningSite site = RunningSite.admin().limits(LIMITS);

    @Test
    void aBacktrackingRegularExpressionEndsWithinTheTimeout() {
        long started = System.nanoTime();
        HttpResponse<String> answer = site.send(query(REDOS, "application/sparql-results+json"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(TIMEOUT.plusSeconds(1)) < 0, "took " + took);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("false"), answer.body());
    }

    @Test
    void regularExpressionsOverManyRowsAreCancelledAtTheTimeout() {
        assertEquals(200, site.send(query("ASK { FILTER(REGEX(\"warm\", \"w+\")) }", "application/sparql-results+json"))
                .statusCode(), "a first regular expression, so that loading the engine is not timed");
        long started = System.nanoTime();
        HttpResponse<String> answer = site.send(query("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
                + "FILTER(REGEX(STR(?i), \"(x+x+)+y\")) }", "application/sparql-results+json"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, answer.statusCode(), answer.body());
        assertTrue(took.compareTo(TIMEOUT.plusSeconds(1)) < 0, "took " + took);
        HttpResponse<String> light = site.send(query("ASK { ?s ?p ?o }", "application/sparql-results+json"));
        assertEquals(200, light.statusCode(), "the endpoint answers at once afterwards");
    }

    @Test
    void aLargeSortSpillsToDiskAndStillAnswers() {
        HttpResponse<String> answer = site.send(query("SELECT ?c ?f { ?a ?b ?c . ?d ?e ?f FILTER(isLiteral(?c) && "
                + "isLiteral(?f)) } ORDER BY DESC(?c) ?f LIMIT 3", "application/sparql-results+json"));
        assertTrue(Set.of(200, 503).contains(answer.statusCode()), answer.statusCode() + " " + answer.body());
    }

    @Test
    void regexAndReplaceStillAnswerAsSparqlSays() {
        HttpResponse<String> answer = site.send(query("SELECT ?r ?m { BIND(REPLACE(\"Linköping kommun\"@sv, "
                + "\"(\\\\S+) (\\\\S+)\", \"$2 $1\") AS ?r) BIND(REGEX(\"ABC\", \"b\", \"i\") AS ?m) }",
                "application/sparql-results+json"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"kommun Linköping\""), answer.body());
        assertTrue(answer.body().contains("\"xml:lang\": \"sv\"") || answer.body().contains("\"xml:lang\":\"sv\""),
                answer.body());
        assertTrue(answer.body().contains("true"), answer.body());
    }

    @Test
    void javaFunctionsAreRefused() {
        for (String function : List.of("<java:org.apache.jena.sparql.function.library.sha1sum>(\"x\")",
                "<java:java.lang.Runtime>(\"x\")", "<http://jena.apache.org/ARQ/function#sha1sum>(\"x\")")) {
            HttpResponse<String> answer = site.send(query("SELECT ?h { BIND(" + function + " AS ?h) }",
                    "application/sparql-results+json"));
            assertEquals(400, answer.statusCode(), function + ": " + answer.body());
            assertTrue(answer.body().contains("not available"), answer.body());
        }
        HttpResponse<String> property = site.send(query(
                "SELECT * { ?x <java:org.apache.jena.sparql.pfunction.library.str> ?y }", "application/sparql-results+json"));
        assertEquals(200, property.statusCode(), property.body());
        assertFalse(property.body().contains("\"value\""), property.body());
    }

    @Test
    void standardFunctionsAndCastsStillRun() {
        HttpResponse<String> answer = site.send(query("SELECT ?n ?c { BIND(xsd:integer(\"42\") AS ?n) "
                + "BIND(CONCAT(STRUUID(), UCASE(\"a\")) AS ?c) }", "application/sparql-results+json"));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"42\""), answer.body());
    }

    @Test
    void serviceInsideFilterExistsIsRefusedWith422() {
        try (LogVolume log = LogVolume.start()) {
            HttpResponse<String> answer = site.send(query("SELECT * { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
                    "application/sparql-results+json"));
            assertEquals(422, answer.statusCode(), answer.body());
            assertFalse(log.anyStackTrace(), log.firstLines());
        }
    }

    @Test
    void aConcatBombIsStoppedWhilePagesAnswer() throws Exception {
        long started = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> bombs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            bombs.add(site.http.sendAsync(query(CONCAT_BOMB, "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < 5; i++) {
            long pageStarted = System.nanoTime();
            HttpResponse<String> page = site.get("", "text/html");
            assertEquals(200, page.statusCode());
            Duration took = Duration.ofNanos(System.nanoTime() - pageStarted);
            assertTrue(took.toMillis() < 1500, "the home page took " + took);
        }
        for (CompletableFuture<HttpResponse<String>> bomb : bombs) {
            HttpResponse<String> answer = bomb.get();
            assertTrue(Set.of(422, 503).contains(answer.statusCode()), answer.statusCode() + " " + answer.body());
            assertTrue(answer.body().contains("characters"), answer.body());
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(TIMEOUT.plusSeconds(1)) < 0);
        HttpResponse<String> modest = site.send(query(concatBomb(10), "application/sparql-results+json"));
        assertEquals(200, modest.statusCode(), "a query within the budget still runs after a bomb: " + modest.body());
    }

    @Test
    void theBarePrefixesOfThingsAndDocumentsAreNotFound() {
        for (String path : List.of("id/", "doc/", "id", "doc")) {
            HttpResponse<String> answer = site.get(path, "text/html");
            assertEquals(404, answer.statusCode(), path + ": " + answer.body());
            HttpResponse<String> head = site.send(HttpRequest.newBuilder(URI.create(site.url(path)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(404, head.statusCode(), "HEAD " + path);
        }
    }

    /** {@code depth} nested doublings of a 10-character string. */
    private static String concatBomb(int depth) {
        StringBuilder query = new StringBuilder("SELECT (STRLEN(?s" + depth + ") AS ?n) { BIND(\"aaaaaaaaaa\" AS ?s0) ");
        for (int i = 1; i <= depth; i++) {
            query.append("BIND(CONCAT(?s").append(i - 1).append(", ?s").append(i - 1).append(") AS ?s").append(i).append(") ");
        }
        return query.append("}").toString();
    }

    private static HttpRequest.Builder query(String sparql, String accept) {
        String body = "query=" + URLEncoder.encode("PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> " + sparql,
                StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(site.url("sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
