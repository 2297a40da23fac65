package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestFactory;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/**
 * Hostile and malformed requests, sent over a raw socket so that nothing is tidied on the way:
 * each gets an answer in the 4xx range with a message (or, for a few that ask for something harmless
 * in an odd way, a normal answer), never a 500 or a stack trace, and the server keeps serving.
 */
class HostileRequestsTest {

    private static final Set<Integer> CLIENT_ERROR = range(400, 499);
    private static final Set<Integer> ANSWERED = union(range(200, 299), range(300, 399), CLIENT_ERROR);
    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofSeconds(3), 1000, 16 * 1024, 4);

    @RegisterExtension
    static final RunningSite site = RunningSite.admin().limits(LIMITS);

    /** One hostile request, and the statuses it may be answered with. */
    record Case(String name, byte[] request, Set<Integer> allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A response as read from the socket. */
    record Answer(int status, String head, String body) {
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsAClearAnswerAndTheServerKeepsServing() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 100, "at least 100 cases, there are " + cases.size());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Answer answer = send(c.request());
            assertTrue(c.allowed().contains(answer.status()),
                    c.name() + ": status " + answer.status() + " not among those expected\n" + answer.head() + "\n"
                            + abbreviate(answer.body()));
            assertNoStackTrace(c.name(), answer);
            assertFalse(answer.body().contains("root:x:0:0"), c.name() + ": a local file was read");
            assertFalse(answer.head().toLowerCase(Locale.ROOT).contains("\nset-cookie:"),
                    c.name() + ": a header was injected\n" + answer.head());
            assertFalse(answer.head().toLowerCase(Locale.ROOT).contains("\ninjected:"),
                    c.name() + ": a header was injected\n" + answer.head());
            assertEquals(200, send(get("/health")).status(), "the server still serves after " + c.name());
        }));
    }

    @Test
    void staticFilesNeverLeaveTheirFolder() {
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/yasgui/..%2f..%2f..%2f..%2fetc%2fpasswd", "/log4j2.xml", "/templates/layout.peb",
                "/se/linkoping/lod/sparql/service-description.ttl", "/static/site.css/../../log4j2.xml")) {
            Answer answer = send(get(path));
            assertFalse(answer.body().contains("root:x:0:0"), path);
            assertFalse(answer.body().contains("<Configuration"), path);
            assertFalse(answer.body().contains("{% block"), path);
            assertFalse(answer.body().contains("sd:Service"), path);
        }
        assertEquals(200, send(get("/site.css")).status(), "the style sheet itself is served");
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Malformed SPARQL.
        for (String query : List.of("", " ", "SELECT", "SELECT * WHERE {", "SELECT * WHERE { ?s ?p }", "}{",
                "ASK { ?s ?p ?o . FILTER( }", "SELECT ?x WHERE { ?x <unterminated ?y }",
                "PREFIX : <x> SELECT * { :a :b \"unterminated }", "SELECT (COUNT(*) AS ?n ?m) {}",
                "SELECT * { ?s ?p ?o } LIMIT 99999999999999999999999", "SELECT * { ?s ?p ?o } LIMIT -1",
                "DESCRIBE", "CONSTRUCT { ?s ?p } WHERE { ?s ?p ?o }", "INSERT DATA { <a> <b> <c> }",
                "DROP ALL", "LOAD <file:///etc/passwd>", "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
                "SELECT * { SERVICE <file:///etc/passwd> { ?s ?p ?o } }",
                "SELECT * { SERVICE <http://169.254.169.254/latest/meta-data/> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
                "SELECT ?x { BIND(<file:///etc/passwd> AS ?x) } LIMIT 1",
                "SELECT * { " + "{".repeat(4000) + "}".repeat(4000) + " }",
                "SELECT * { " + "OPTIONAL { ".repeat(1500) + "?s ?p ?o" + " }".repeat(1500) + " }",
                "SELECT * { ?s ?p ?o FILTER(" + "(".repeat(3000) + "1" + ")".repeat(3000) + ") }",
                "SELECT \u0000 { }", "SELECT * { ?s ?p \"\uFFFF\uD800\" }")) {
            cases.add(new Case("sparql GET " + abbreviate(query), get("/sparql?query=" + encode(query)),
                    union(CLIENT_ERROR, range(200, 200))));
        }
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(LIMITS.maxQueryBytes());
        cases.add(new Case("sparql POST form, query over the size limit", post("/sparql",
                "application/x-www-form-urlencoded", "query=" + encode(big)), Set.of(413)));
        cases.add(new Case("sparql POST direct, query over the size limit", post("/sparql",
                "application/sparql-query", big), Set.of(413)));
        cases.add(new Case("sparql POST direct, a megabyte body", post("/sparql", "application/sparql-query",
                "#".repeat(1 << 20)), Set.of(413)));
        cases.add(new Case("sparql GET, query over the size limit", get("/sparql?query=" + encode(big)),
                Set.of(413, 414, 431)));
        cases.add(new Case("sparql GET, a 200 KB URL", get("/sparql?query=" + "A".repeat(200_000)),
                Set.of(413, 414, 431)));
        cases.add(new Case("sparql POST, body not UTF-8", raw("POST /sparql HTTP/1.1",
                List.of("Content-Type: application/sparql-query"), new byte[] {'S', 'E', 'L', (byte) 0xFF, (byte) 0xFE,
                        (byte) 0xC0, (byte) 0xAF}), CLIENT_ERROR));
        cases.add(new Case("sparql POST, unknown content type", post("/sparql", "application/x-evil", "SELECT * {}"),
                CLIENT_ERROR));
        cases.add(new Case("sparql POST, content type with an absurd charset", post("/sparql",
                "application/sparql-query; charset=x-no-such-charset", "ASK {}"), ANSWERED));
        cases.add(new Case("sparql POST, multipart without boundary", post("/sparql", "multipart/form-data",
                "--x\r\n\r\n"), CLIENT_ERROR));
        cases.add(new Case("sparql POST update form", post("/sparql", "application/x-www-form-urlencoded",
                "update=" + encode("DROP ALL")), CLIENT_ERROR));
        cases.add(new Case("sparql POST update direct", post("/sparql", "application/sparql-update", "DROP ALL"),
                CLIENT_ERROR));
        cases.add(new Case("sparql PUT graph store", raw("PUT /sparql?default HTTP/1.1", List.of("Content-Type: text/turtle"),
                "<a> <b> <c> .".getBytes(StandardCharsets.UTF_8)), CLIENT_ERROR));
        cases.add(new Case("sparql DELETE", raw("DELETE /sparql?default HTTP/1.1", List.of(), new byte[0]), CLIENT_ERROR));
        // Fuseki takes dataset descriptions as names of graphs inside the dataset: nothing is fetched.
        cases.add(new Case("sparql default-graph-uri file:", get("/sparql?query=" + encode("SELECT * { ?s ?p ?o }")
                + "&default-graph-uri=" + encode("file:///etc/passwd")), union(CLIENT_ERROR, range(200, 200))));
        cases.add(new Case("sparql named-graph-uri http:", get("/sparql?query=" + encode("SELECT * { GRAPH ?g { ?s ?p ?o } }")
                + "&named-graph-uri=" + encode("http://169.254.169.254/")), union(CLIENT_ERROR, range(200, 200))));
        cases.add(new Case("sparql invalid percent-encoding", get("/sparql?query=%zz%"), CLIENT_ERROR));
        cases.add(new Case("sparql overlong UTF-8 in query", get("/sparql?query=ASK%20%7B%C0%AE%7D"), CLIENT_ERROR));
        cases.add(new Case("sparql unknown format", get("/sparql?query=" + encode("ASK {}") + "&format=evil"),
                union(CLIENT_ERROR, range(200, 200))));
        cases.add(new Case("sparql absurd timeout parameter", get("/sparql?query=" + encode("ASK {}")
                + "&timeout=999999999"), union(CLIENT_ERROR, range(200, 200))));
        cases.add(new Case("sparql repeated query parameter", get("/sparql?query=" + encode("ASK {}")
                + "&query=" + encode("ASK {}")), CLIENT_ERROR));
        // Accept headers.
        for (String accept : List.of(";;;", ",", "text/html,,", "text/html;level", "text/html;q=0.5;=x", "*/*;q=abc", "text/html;q=2", "application/x-nonsense",
                "text/turtle;q=0, */*;q=0", "*/" + "*,".repeat(5000), "a/b;" + "c=d;".repeat(2000), "\u00e5/\u00e4",
                "text/html, application/xhtml+xml;level=99999999999999999999")) {
            for (String path : List.of("/id/project/fristad-linkoping", "/doc/project/fristad-linkoping", "/datasets/dcat")) {
                cases.add(new Case("Accept " + abbreviate(accept) + " on " + path,
                        get(path, List.of("Accept: " + accept)), ANSWERED));
            }
        }
        cases.add(new Case("Accept nonsense on /sparql", get("/sparql?query=" + encode("SELECT * {} LIMIT 1"),
                List.of("Accept: application/x-nonsense")), union(CLIENT_ERROR, range(200, 200))));
        cases.add(new Case("Accept-Language absurd", get("/", List.of("Accept-Language: " + "x-".repeat(3000))), ANSWERED));
        cases.add(new Case("If-Modified-Since garbage", get("/projects", List.of("If-Modified-Since: yesterday-ish")),
                ANSWERED));
        cases.add(new Case("If-None-Match huge", get("/projects", List.of("If-None-Match: " + "\"x\",".repeat(2000))),
                ANSWERED));
        // Invalid percent-encoding and UTF-8 in paths.
        for (String path : List.of("/doc/project/%zz", "/%", "/id/%C0%AF", "/id/project/%FF%FE",
                "/doc/project/fristad%00linkoping", "/id/project/%ED%A0%80", "/%C0%AE%C0%AE/%C0%AE%C0%AE/etc/passwd",
                "/projects?page=%", "/query?query=%E0%A4%A", "/doc/project/fristad-linkoping.ttl%00.html")) {
            cases.add(new Case("bad encoding " + path, get(path), CLIENT_ERROR));
        }
        // Path traversal on static files.
        for (String path : List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
                "/yasgui/..%2f..%2f..%2f..%2fetc%2fpasswd", "/query/..%5c..%5c..%5cpom.xml", "//etc/passwd",
                "/static/../log4j2.xml", "/..;/..;/etc/passwd", "/%252e%252e/%252e%252e/etc/passwd",
                "/WEB-INF/web.xml", "/templates/layout.peb", "/se/linkoping/lod/sparql/service-description.ttl",
                "/site.css/../../../../etc/passwd", "/yasgui/%2e%2e/%2e%2e/log4j2.xml", "/log4j2.xml")) {
            cases.add(new Case("traversal " + path, get(path), CLIENT_ERROR));
        }
        // Over-long IRIs.
        for (int length : new int[] {2_000, 7_000, 20_000, 100_000}) {
            cases.add(new Case("IRI of " + length + " characters", get("/id/project/" + "a".repeat(length)),
                    CLIENT_ERROR));
            cases.add(new Case("document IRI of " + length + " characters", get("/doc/project/" + "a".repeat(length)
                    + ".ttl"), CLIENT_ERROR));
        }
        cases.add(new Case("query string of 50,000 parameters", get("/projects?" + "a=1&".repeat(50_000)),
                union(CLIENT_ERROR, range(200, 200))));
        // CR and LF in paths and headers.
        cases.add(new Case("encoded CRLF in path", get("/doc/project/x%0d%0aSet-Cookie:%20a=b"), CLIENT_ERROR));
        cases.add(new Case("encoded CRLF in a redirect target", get("/id/project/x%0d%0aInjected:%20yes"), CLIENT_ERROR));
        cases.add(new Case("encoded CRLF in lang", get("/projects?lang=en%0d%0aInjected:%20yes"), ANSWERED));
        cases.add(new Case("raw CR in request line", bytes("GET /doc/\rproject HTTP/1.1\r\nHost: x\r\n\r\n"),
                CLIENT_ERROR));
        cases.add(new Case("raw LF in header value", bytes("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\nInjected: b\r\n\r\n"),
                union(CLIENT_ERROR, range(200, 200))));
        // Odd methods.
        for (String method : List.of("TRACE", "TRACK", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL", "FOO", "CONNECT")) {
            for (String path : List.of("/", "/doc/project/fristad-linkoping", "/sparql")) {
                cases.add(new Case(method + " " + path, raw(method + " " + path + " HTTP/1.1", List.of(), new byte[0]),
                        CLIENT_ERROR));
            }
        }
        // Broken HTTP.
        // Jetty answers an unknown HTTP version with the status made for it.
        cases.add(new Case("unknown protocol version", bytes("GET / HTTP/9.9\r\nHost: x\r\n\r\n"),
                union(CLIENT_ERROR, Set.of(505))));
        cases.add(new Case("garbage request line", bytes("\u0001\u0002GARBAGE\r\n\r\n"), CLIENT_ERROR));
        cases.add(new Case("HTTP/1.1 without Host", bytes("GET / HTTP/1.1\r\nConnection: close\r\n\r\n"), CLIENT_ERROR));
        cases.add(new Case("two Content-Lengths", bytes("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: "
                + "application/sparql-query\r\nContent-Length: 5\r\nContent-Length: 9\r\n\r\nASK {}"), CLIENT_ERROR));
        cases.add(new Case("negative Content-Length", bytes("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n"),
                CLIENT_ERROR));
        cases.add(new Case("bad chunk size", bytes("POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query"
                + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZZ\r\nASK {}\r\n0\r\n\r\n"), CLIENT_ERROR));
        cases.add(new Case("a 100 KB cookie", get("/", List.of("Cookie: a=" + "b".repeat(100_000))),
                union(CLIENT_ERROR, range(200, 200))));
        cases.add(new Case("a 1 MB header", get("/", List.of("X-Big: " + "b".repeat(1 << 20))), CLIENT_ERROR));
        // Odd parameters on pages.
        for (String target : List.of("/projects?page=-1", "/projects?page=0", "/projects?page=99999999999999999999",
                "/projects?page=abc", "/projects?page=1e9", "/projects?lang=%3Cscript%3E",
                "/query?example=..%2F..%2Fetc%2Fpasswd", "/query?example=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/dumps/..%2F..%2Fstore%2FCURRENT", "/dumps/%2e%2e", "/dumps/all.nt.gz%00.html",
                "/doc/project/fristad-linkoping.exe", "/def/ns.evil")) {
            cases.add(new Case("parameter " + target, get(target), union(CLIENT_ERROR, range(200, 200))));
        }
        // Writes without credentials.
        cases.add(new Case("admin update without credentials", post("/admin/update", "application/sparql-update",
                "DROP ALL"), Set.of(401)));
        cases.add(new Case("admin GET without credentials", get("/admin/data"), Set.of(401)));
        return cases;
    }

    private static byte[] get(String target) {
        return get(target, List.of());
    }

    private static byte[] get(String target, List<String> headers) {
        return raw("GET " + target + " HTTP/1.1", headers, new byte[0]);
    }

    private static byte[] post(String target, String contentType, String body) {
        return raw("POST " + target + " HTTP/1.1", List.of("Content-Type: " + contentType),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request with Host, Connection: close and, when there is a body, its Content-Length. */
    private static byte[] raw(String requestLine, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(requestLine).append("\r\n")
                .append("Host: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        if (body.length > 0 || requestLine.startsWith("POST") || requestLine.startsWith("PUT")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer send(byte[] request) {
        URI base = URI.create(site.iris.base());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException refusedEarly) {
                // The server may answer and close before the whole request is sent; read what it said.
            }
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : new String(text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1),
                    StandardCharsets.UTF_8);
            if (!head.startsWith("HTTP/1.1 ")) {
                return new Answer(-1, head, body);
            }
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer", e);
        }
    }

    private static void assertNoStackTrace(String name, Answer answer) {
        for (String sign : List.of("\tat ", "at org.", "at java.", "Exception:", "Caused by", ".java:")) {
            assertFalse(answer.body().contains(sign), name + ": the answer shows internals (" + sign + ")\n"
                    + abbreviate(answer.body()));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }

    private static Set<Integer> range(int from, int to) {
        Set<Integer> codes = new java.util.HashSet<>();
        for (int code = from; code <= to; code++) {
            codes.add(code);
        }
        return Set.copyOf(codes);
    }

    @SafeVarargs
    private static Set<Integer> union(Set<Integer>... sets) {
        Set<Integer> all = new java.util.HashSet<>();
        for (Set<Integer> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
