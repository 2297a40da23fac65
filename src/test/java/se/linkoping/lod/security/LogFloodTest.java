package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.testing.RunningSite;

/**
 * Requests that once made the server write kilobytes of log each, sent for five seconds from four
 * connections: the log grows by less than a megabyte, and the server keeps answering.
 */
class LogFloodTest {

    private static final Duration FLOOD = Duration.ofSeconds(5);
    private static final long MAX_LOG = 1024 * 1024;
    private static final String HUGE_ACCEPT = String.join(",", Collections.nCopies(4000, "*/*;q=0.5;a=b"));

    @RegisterExtension
    static final RunningSite site = RunningSite.admin().limits(new QueryLimits(Duration.ofSeconds(3), 1000, 64 * 1024, 4));

    @Test
    void serviceInsideFilterExistsDoesNotFloodTheLog() throws Exception {
        String body = "query=" + URLEncoder.encode("SELECT * { FILTER EXISTS { SERVICE <http://x/> { ?s ?p ?o } } }",
                StandardCharsets.UTF_8);
        flood(i -> HttpRequest.newBuilder(URI.create(site.url("sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), 422);
    }

    @Test
    void aHugeAcceptHeaderDoesNotFloodTheLog() throws Exception {
        List<String> paths = List.of("", "sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "doc/town/kaunas", "datasets/dcat", "def/ns", "nothing-here");
        flood(i -> HttpRequest.newBuilder(URI.create(site.url(paths.get(i % paths.size()))))
                .header("Accept", HUGE_ACCEPT), 0);
    }

    /** Sends requests from four threads for {@link #FLOOD}; {@code status} 0 takes any status below 500. */
    private static void flood(IntFunction<HttpRequest.Builder> request, int status) throws Exception {
        AtomicInteger sent = new AtomicInteger();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        try (LogVolume log = LogVolume.start()) {
            long end = System.nanoTime() + FLOOD.toNanos();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    while (System.nanoTime() < end) {
                        int i = sent.getAndIncrement();
                        HttpResponse<String> answer = site.send(request.apply(i));
                        boolean expected = status == 0 ? answer.statusCode() < 500 : answer.statusCode() == status;
                        if (!expected && wrong.size() < 5) {
                            wrong.add(answer.statusCode() + " " + answer.body());
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertTrue(wrong.isEmpty(), wrong.toString());
            assertTrue(sent.get() > 20, "only " + sent.get() + " requests were sent");
            assertTrue(log.bytes() < MAX_LOG, log.bytes() + " characters logged for " + sent.get() + " requests:\n"
                    + log.firstLines());
        }
        assertEquals(200, site.get("", "text/html").statusCode());
    }
}
