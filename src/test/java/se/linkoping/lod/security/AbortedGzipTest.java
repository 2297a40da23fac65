package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/**
 * Clients that go away in the middle of a gzip-compressed answer: the server logs no buffer released
 * twice (or any other fault) and keeps answering.
 */
class AbortedGzipTest {

    private static final int ABORTS = 60;
    private static final int CONCURRENT_ABORTS = 400;
    private static final int CLIENTS = 8;

    @RegisterExtension
    static final RunningSite site = RunningSite.admin().limits(new QueryLimits(Duration.ofSeconds(10), 10_000, 64 * 1024, 4));

    @Test
    void abortedGzippedAnswersLeaveNoFaultInTheLog() throws Exception {
        String query = URLEncoder.encode("SELECT * { ?s ?p ?o . ?a ?b ?c } LIMIT 10000", StandardCharsets.UTF_8);
        try (LogVolume log = LogVolume.start()) {
            for (int i = 0; i < ABORTS; i++) {
                String path = i % 3 == 0 ? "/" : i % 3 == 1 ? "/sparql?query=" + query : "/dumps/all.ttl";
                abort(path, 1 + (i % 5) * 700);
            }
            Thread.sleep(500);
            assertFalse(log.firstLines().contains("already released"), log.firstLines());
            assertFalse(log.anyStackTrace(), log.firstLines());
        }
        assertNothingCompressing();
        assertEquals(200, site.get("", "text/html").statusCode());
        assertTrue(site.get("sparql?query=" + query, "application/sparql-results+json").body().length() > 100_000);
    }

    /**
     * Many clients at once go away in the middle of compressed query answers: afterwards no thread of
     * the server is still compressing (an encoder handed back to the pool twice had two answers share
     * one deflater, and one spun for ever).
     */
    @Test
    void abortedGzippedAnswersLeaveNoThreadCompressing() throws Exception {
        String path = "/sparql?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o . ?a ?b ?c } LIMIT 10000", StandardCharsets.UTF_8);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_ABORTS; i++) {
                int bytes = 1 + (i % 7) * 900;
                String asked = i % 2 == 0 ? path : "/dumps/all.ttl";
                done.add(clients.submit(() -> {
                    abort(asked, bytes);
                    return null;
                }));
            }
            for (Future<?> abort : done) {
                abort.get(60, TimeUnit.SECONDS);
            }
        } finally {
            clients.shutdownNow();
        }
        assertNothingCompressing();
        assertEquals(200, site.get("", "text/html").statusCode());
    }

    /** No thread of the server is in Jetty's gzip encoder within 10 s (every client has gone by then). */
    private static void assertNothingCompressing() throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> compressing = compressingThreads();
        while (!compressing.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(200);
            compressing = compressingThreads();
        }
        assertTrue(compressing.isEmpty(), "still compressing 10 s after every client left: " + compressing);
    }

    /** The threads whose stack is in Jetty's gzip encoder. */
    private static List<String> compressingThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().startsWith("org.eclipse.jetty.compression.gzip")))
                .map(thread -> thread.getKey().getName())
                .toList();
    }

    /**
     * Asks for a path with gzip, reads {@code bytes} of the answer and resets the connection; an answer
     * that does not come within 30 s fails the test rather than holding it up.
     */
    private static void abort(String path, int bytes) throws Exception {
        URI uri = URI.create(site.url(""));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoLinger(true, 0);
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n"
                    + "Accept: application/sparql-results+json,text/turtle,text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            in.readNBytes(bytes);
        }
    }
}
