package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/**
 * Ten thousand generated requests at the real server: paths, query strings, {@code Accept} headers,
 * SPARQL texts (among them the shapes of past attacks: backtracking regular expressions, nested
 * {@code CONCAT}, {@code SERVICE} in every place, {@code java:} functions), form bodies and bytes,
 * to the public paths and the staff's (without valid credentials). Whatever comes, no answer is a 5xx
 * other than 503, no answer carries a stack trace, the log grows by a bounded amount, the server
 * still answers and the data is unchanged.
 */
class GeneratedRequestsTest {

    private static final int TRIES = 10_000;
    /** The most characters the whole run may log: about fifty a request. */
    private static final long MAX_LOG = 512 * 1024;
    private static final Pattern STACK_TRACE = Pattern.compile("\\n\\s*at [\\w$.]+\\(|\\.java:\\d+\\)");

    private static RunningSite site;
    private static LogVolume log;
    private static long triplesBefore;
    private static String versionBefore;
    private static String previous = "none";

    @BeforeContainer
    static void start() throws IOException {
        site = RunningSite.admin().limits(new QueryLimits(Duration.ofSeconds(2), 1000, 16 * 1024, 4)).start();
        triplesBefore = site.triples();
        versionBefore = site.store.version().digest();
        log = LogVolume.start();
    }

    @AfterContainer
    static void stop() {
        try {
            assertTrue(log.bytes() < MAX_LOG, log.bytes() + " characters logged:\n" + log.firstLines());
            assertEquals(200, site.get("", "text/html").statusCode(), "the server still answers");
            assertEquals(triplesBefore, site.triples(), "no triple was added or removed");
            assertEquals(versionBefore, site.store.version().digest(), "the data version is the same");
        } finally {
            log.close();
            site.close();
        }
    }

    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF)
    void everyRequestGetsAnAnswerThatIsNotAServerFault(@ForAll("requests") Probe probe) {
        HttpResponse<String> answer = send(probe);
        previous = probe + " -> " + answer.statusCode() + " " + answer.headers().firstValue("Connection").orElse("");
        int status = answer.statusCode();
        assertTrue(status < 500 || status == 503, probe + " answered " + status + ": " + excerpt(answer.body()));
        assertFalse(STACK_TRACE.matcher(answer.body()).find(), probe + " answered a stack trace: " + excerpt(answer.body()));
    }

    /**
     * Sends a probe; when the connection it went on was closed by the server after the answer before
     * (as Jetty does after a request it refuses at the protocol level, {@code GET /%00}), sends it
     * once more on a new connection, as a browser does.
     */
    private static HttpResponse<String> send(Probe probe) {
        try {
            return site.send(probe.request());
        } catch (UncheckedIOException closed) {
            try {
                return HttpClient.newHttpClient().send(probe.request().timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(probe + " got no answer (the request before: " + previous + "): " + e, e);
            }
        }
    }

    /** One generated request, with a description for a failure message. */
    record Probe(String description, HttpRequest.Builder request) {
        @Override
        public String toString() {
            return excerpt(description);
        }
    }

    @Provide
    Arbitrary<Probe> requests() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, pages()),
                Tuple.of(5, sparqlGets()),
                Tuple.of(3, sparqlPosts()),
                Tuple.of(1, staffWrites()),
                Tuple.of(1, bytePosts()));
    }

    private Arbitrary<Probe> pages() {
        Arbitrary<String> path = Arbitraries.oneOf(
                Arbitraries.of("", "projects", "networks", "towns", "organizations", "query", "id/", "doc/", "id", "doc",
                        "doc/town/kaunas", "doc/town/kaunas.ttl", "id/town/kaunas", "def/ns", "def/shapes",
                        "context.jsonld", "datasets/dcat", ".well-known/void", "sitemap.xml", "robots.txt",
                        "dumps/all.ttl", "health", "site.css", "yasgui/../../etc/passwd", "admin/data"),
                segments());
        Arbitrary<String> query = Arbitraries.oneOf(Arbitraries.just(""), queryString());
        return Combinators.combine(path, query, accepts()).as((p, q, accept) -> {
            String target = p + (q.isEmpty() ? "" : "?" + q);
            return new Probe("GET /" + target + " Accept: " + accept, get(target, accept));
        });
    }

    private Arbitrary<Probe> sparqlGets() {
        return Combinators.combine(sparql(), accepts()).as((query, accept) -> {
            String target = "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            return new Probe("GET /sparql " + query + " Accept: " + accept, get(target, accept));
        });
    }

    private Arbitrary<Probe> sparqlPosts() {
        Arbitrary<Probe> direct = sparql().map(query -> new Probe("POST /sparql direct " + query,
                HttpRequest.newBuilder(URI.create(site.url("sparql")))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofString(query))));
        Arbitrary<Probe> form = Combinators.combine(sparql(), queryString(), Arbitraries.of("query", "update", "q", ""))
                .as((query, extra, name) -> {
                    String body = name + "=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&" + extra;
                    return new Probe("POST /sparql form " + body, HttpRequest.newBuilder(URI.create(site.url("sparql")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)));
                });
        return Arbitraries.oneOf(direct, form);
    }

    private Arbitrary<Probe> staffWrites() {
        Arbitrary<String> path = Arbitraries.of("admin/update", "admin/data", "admin/data?default", "admin/reload",
                "admin/files/x.ttl", "admin/files/..%2fdata%2fplaces.ttl", "admin");
        Arbitrary<String> type = Arbitraries.of("application/sparql-update", "text/turtle",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "");
        Arbitrary<String> authorization = Arbitraries.of("", "Basic " + "ZWRpdG9yOndyb25n", "Basic !!!",
                RunningSite.basic("nobody", RunningSite.PASSWORD), "Bearer x");
        Arbitrary<String> method = Arbitraries.of("POST", "PUT", "DELETE");
        return Combinators.combine(path, type, authorization, method, sparql()).as((p, t, auth, m, body) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(p)))
                    .method(m, HttpRequest.BodyPublishers.ofString("DROP ALL ; " + body));
            if (!t.isEmpty()) {
                request.header("Content-Type", t);
            }
            if (!auth.isEmpty()) {
                request.header("Authorization", auth);
            }
            return new Probe(m + " /" + p + " " + t + " " + auth, request);
        });
    }

    private Arbitrary<Probe> bytePosts() {
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
        Arbitrary<String> path = Arbitraries.of("sparql", "", "query", "admin/update", "doc/town/kaunas");
        Arbitrary<String> type = Arbitraries.of("application/sparql-query", "application/x-www-form-urlencoded",
                "application/octet-stream", "text/turtle");
        return Combinators.combine(path, type, bytes).as((p, t, b) -> new Probe("POST /" + p + " " + t + " "
                + b.length + " bytes", HttpRequest.newBuilder(URI.create(site.url(p)))
                .header("Content-Type", t).POST(HttpRequest.BodyPublishers.ofByteArray(b))));
    }

    /** SPARQL texts: well-formed shapes with generated parts, attack shapes, and noise. */
    private Arbitrary<String> sparql() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').withChars("åäöé\u00a0").ofMaxLength(40);
        Arbitrary<String> pattern = Arbitraries.oneOf(text, Arbitraries.of("^(.*a){20}$", "(a+)+b", "((a{100}){100}){100}",
                "(a|aa)*c", "\\\\p{L}+", "[", "(?i)x", "\\\\1", ""));
        Arbitrary<String> literal = text.map(GeneratedRequestsTest::quoted);
        Arbitrary<String> regex = Combinators.combine(literal, pattern.map(GeneratedRequestsTest::quoted),
                        Arbitraries.of("", ", \"i\"", ", \"smx\"", ", \"q\"", ", \"z\""))
                .as((t, p, f) -> "ASK { BIND(" + t + " AS ?s) FILTER(REGEX(?s, " + p + f + ")) }");
        Arbitrary<String> replace = Combinators.combine(literal, pattern.map(GeneratedRequestsTest::quoted), literal)
                .as((t, p, r) -> "SELECT (REPLACE(" + t + ", " + p + ", " + r + ") AS ?r) {}");
        Arbitrary<String> concat = Arbitraries.integers().between(0, 40).map(GeneratedRequestsTest::concatBomb);
        Arbitrary<String> service = Arbitraries.of(
                "SELECT * { SERVICE <http://x/> { ?s ?p ?o } }",
                "SELECT * { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
                "SELECT * { FILTER NOT EXISTS { SERVICE SILENT <file:///etc/passwd> { ?s ?p ?o } } }",
                "SELECT * { { SELECT * { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } } } }",
                "SELECT * { BIND(EXISTS { SERVICE <http://x/> { ?s ?p ?o } } AS ?e) }",
                "ASK { ?s ?p ?o MINUS { SERVICE <urn:x> { ?s ?p ?o } } }");
        Arbitrary<String> functions = Combinators.combine(Arbitraries.of(
                "<java:org.apache.jena.sparql.function.library.sha1sum>", "<java:java.lang.Runtime>",
                "<http://jena.apache.org/ARQ/function#sha1sum>", "<http://www.w3.org/2005/xpath-functions#matches>",
                "<http://www.w3.org/2001/XMLSchema#integer>", "<urn:nothing>", "UCASE", "STRLEN", "ENCODE_FOR_URI",
                "SHA512", "ABS"), literal).as((f, l) -> "SELECT (" + f + "(" + l + ") AS ?v) {}");
        Arbitrary<String> data = Arbitraries.of(
                "SELECT * { ?s ?p ?o } LIMIT 5", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 20", "DESCRIBE <urn:x>",
                "SELECT * { ?x <java:org.apache.jena.sparql.pfunction.library.str> ?y }",
                "SELECT (GROUP_CONCAT(?o) AS ?all) { ?s ?p ?o }", "INSERT DATA { <a> <b> <c> }", "DROP ALL",
                "LOAD <file:///etc/passwd>", "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }");
        return Arbitraries.oneOf(regex, replace, concat, service, functions, data, text);
    }

    private Arbitrary<String> accepts() {
        Arbitrary<String> range = Arbitraries.of("text/html", "text/turtle", "application/ld+json", "*/*",
                "application/sparql-results+json", "application/rdf+xml", "text/*", "*/*;q=0.5;a=b", "x", ";;", "a/b;q=x",
                "application/n-triples;q=0", "text/csv");
        return Arbitraries.oneOf(range, range.list().ofMinSize(1).ofMaxSize(20).map(list -> String.join(",", list)),
                Arbitraries.integers().between(100, 4000).map(n -> String.join(",", Collections.nCopies(n,
                        "*/*;q=0.5;a=b"))),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60));
    }

    private Arbitrary<String> queryString() {
        Arbitrary<String> name = Arbitraries.of("lang", "page", "query", "example", "format", "output", "timeout", "x");
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)),
                Arbitraries.of("en", "sv", "-1", "99999999999", "%C3%28", "%00", "%FF", "0"));
        return Combinators.combine(name, value).as((n, v) -> n + "=" + v).list().ofMaxSize(4)
                .map(pairs -> String.join("&", pairs));
    }

    private Arbitrary<String> segments() {
        return Arbitraries.strings().ofMaxLength(20).list().ofMinSize(1).ofMaxSize(4).map(parts -> {
            List<String> encoded = new ArrayList<>();
            for (String part : parts) {
                encoded.add(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return String.join("/", encoded);
        });
    }

    private static HttpRequest.Builder get(String target, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url(target)));
        if (!accept.isBlank()) {
            request.header("Accept", accept);
        }
        return request;
    }

    private static String concatBomb(int depth) {
        StringBuilder query = new StringBuilder("SELECT (STRLEN(?s" + depth + ") AS ?n) { BIND(\"ab\" AS ?s0) ");
        for (int i = 1; i <= depth; i++) {
            query.append("BIND(CONCAT(?s").append(i - 1).append(", ?s").append(i - 1).append(") AS ?s").append(i).append(") ");
        }
        return query.append("}").toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String excerpt(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }
}
