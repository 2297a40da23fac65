package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a real {@code serve} process in the middle of reads, a slow SPARQL query and staff writes:
 * the query in flight is answered in full, and a new start on the same store serves every write that
 * was acknowledged, each with its patch in the change log.
 */
class GracefulStopTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "a long and random enough password";
    /** A count over the pairs of triples: long enough (a second or more) to be in flight at the SIGTERM. */
    private static final String SLOW_QUERY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f }";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void sigtermFinishesTheRequestsInFlightAndLosesNoWrite() throws Exception {
        Path passwords = tmp.resolve("staff");
        Files.writeString(passwords, USER + ":sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(PASSWORD.getBytes(StandardCharsets.UTF_8))) + "\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        Path store = tmp.resolve("store");
        String[] args = {"--store", store.toString(), "--admin-password-file", passwords.toString()};

        List<Integer> acknowledged = new ArrayList<>();
        ConcurrentLinkedQueue<String> refusedWrites = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Integer> readStatuses = new ConcurrentLinkedQueue<>();
        int port = ServeProcess.freePort();
        ServeProcess served = ServeProcess.start(port, args);
        String url = served.url();
        AtomicBoolean stopping = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<CompletableFuture<Void>> readers = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            readers.add(CompletableFuture.runAsync(() -> {
                while (!stopping.get()) {
                    try {
                        readStatuses.add(send(HttpRequest.newBuilder(URI.create(url + "doc/project/art4rights"))).statusCode());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, threads));
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; !stopping.get(); i++) {
                try {
                    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url + "admin/update"))
                            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                                    (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                            .header("Content-Type", "application/sparql-update")
                            .POST(HttpRequest.BodyPublishers.ofString(note(i))));
                    if (response.statusCode() != 200) {
                        refusedWrites.add(response.statusCode() + " " + response.body());
                    }
                    if (response.statusCode() == 200) {
                        synchronized (acknowledged) {
                            acknowledged.add(i);
                        }
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, threads);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (readStatuses.size() < 20 || acknowledgedCount(acknowledged) < 3) {
            assertTrue(System.nanoTime() < deadline, "the load did not get going: " + readStatuses.size() + " reads, "
                    + acknowledgedCount(acknowledged) + " writes, refused " + refusedWrites);
            Thread.sleep(100);
        }
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
            try {
                return send(HttpRequest.newBuilder(URI.create(url + "sparql?query="
                        + URLEncoder.encode(SLOW_QUERY, StandardCharsets.UTF_8))).header("Accept", "text/csv"));
            } catch (IOException e) {
                throw new IllegalStateException("The query in flight was not answered", e);
            }
        }, threads);
        Thread.sleep(300);
        long terminated = System.nanoTime();
        served.close();
        stopping.set(true);
        HttpResponse<String> answer = slow.join();
        long answered = System.nanoTime();
        CompletableFuture.allOf(readers.toArray(CompletableFuture[]::new)).join();
        writer.join();
        threads.shutdown();

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().matches("(?s)n\\r?\\n\\d+\\r?\\n"), answer.body());
        assertTrue(answered > terminated, "the query was in flight at the SIGTERM");
        assertTrue(readStatuses.stream().allMatch(s -> s == 200 || s == 503), readStatuses.toString());
        assertEquals(List.of(), List.copyOf(refusedWrites));

        try (ServeProcess again = ServeProcess.start(port, args)) {
            assertTrue(again.output().contains("has not changed"), again.output());
            for (int i : acknowledged) {
                String ask = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { ?p skos:altLabel \"note "
                        + i + "\"@en }";
                HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(again.url() + "sparql?query="
                        + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "text/csv"));
                assertTrue(found.body().contains("true"), "write " + i + " after the restart: " + found.body());
            }
        }
        try (Stream<Path> patches = Files.list(store.resolve("changes"))) {
            long logged = patches.filter(p -> p.toString().endsWith(".rdfp")).count();
            assertTrue(logged >= acknowledged.size(), logged + " patches for " + acknowledged.size() + " writes");
        }
    }

    private static int acknowledgedCount(List<Integer> acknowledged) {
        synchronized (acknowledged) {
            return acknowledged.size();
        }
    }

    private static String note(int i) {
        return "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "INSERT DATA { <id/project/fristad-linkoping> skos:altLabel \"note " + i + "\"@en }";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
