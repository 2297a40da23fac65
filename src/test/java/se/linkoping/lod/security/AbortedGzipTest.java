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
        assertEquals(200, site.get("", "text/html").statusCode());
        assertTrue(site.get("sparql?query=" + query, "application/sparql-results+json").body().length() > 100_000);
    }

    /** Asks for a path with gzip, reads {@code bytes} of the answer and resets the connection. */
    private static void abort(String path, int bytes) throws Exception {
        URI uri = URI.create(site.url(""));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoLinger(true, 0);
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
