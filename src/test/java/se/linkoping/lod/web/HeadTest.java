package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.linkoping.lod.testing.RunningSite;

/**
 * HEAD answers on every path GET answers, with the status and headers of the GET: every address of the
 * page registry (but the SPARQL endpoint, which is Fuseki's), the documents in each of their forms,
 * the things, the dumps, the static files and a path nothing serves.
 */
class HeadTest {

    /** Headers that belong to the transfer of a body, not to the answer. */
    private static final Set<String> TRANSFER = Set.of("date", "content-length", "transfer-encoding");

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @BeforeAll
    static void dumpsWritten() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (site.send("HEAD", site.url("dumps/all.ttl"), Map.of()).statusCode() == 503 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    static Stream<String> paths() {
        Stream<String> registered = Pages.standard().all().stream().filter(page -> !page.endpoint()).map(Page::path);
        return Stream.concat(registered, Stream.of("projects?page=2", "?lang=en", "def/ns.ttl", "def/shapes.jsonld",
                "context.jsonld", "id/project/art4rights", "doc/project/art4rights", "doc/project/art4rights.ttl",
                "doc/project/art4rights.jsonld", "dumps/all.ttl", "robots.txt", "site.css", "query?example=nope",
                "doc/project/nope", "nothing-here"));
    }

    @ParameterizedTest
    @MethodSource("paths")
    void headCarriesTheHeadersOfGet(String path) {
        for (String accept : List.of("text/html", "text/turtle")) {
            Map<String, String> headers = Map.of("Accept", accept, "Cache-Control", "no-cache");
            HttpResponse<byte[]> get = site.send("GET", site.url(path), headers);
            HttpResponse<byte[]> head = site.send("HEAD", site.url(path), headers);
            assertEquals(get.statusCode(), head.statusCode(), path + " " + accept);
            assertEquals(answerHeaders(get), answerHeaders(head), path + " " + accept);
            assertTrue(head.body().length == 0, "HEAD has no body: " + path);
        }
    }

    private static Map<String, List<String>> answerHeaders(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>();
        response.headers().map().forEach((name, values) -> {
            if (!TRANSFER.contains(name.toLowerCase())) {
                headers.put(name.toLowerCase(), values);
            }
        });
        return headers;
    }
}
