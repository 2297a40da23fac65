package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an operator runs it: a separate process on the seed data, announcing its URLs;
 * restarted on unchanged data it does not load again; given refused data it keeps the old.
 */
class ServeCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/load");

    @TempDir
    Path tmp;

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void servesTheSeedDataAndPrintsItsUrls() throws Exception {
        int port = freePort();
        Served served = serve(port, "--store", tmp.resolve("store").toString());
        String base = "http://localhost:" + port + "/";
        assertTrue(served.output.contains("as " + base), served.output);
        assertTrue(served.output.contains(":" + port + "/sparql"), served.output);
        assertEquals(200, get(base + "health").statusCode());
        String answer = get(base + "sparql?query=" + URLEncoder.encode(
                "ASK { ?town <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q4115712> }",
                StandardCharsets.UTF_8)).body();
        assertTrue(answer.contains("true"), "Kaunas is in the served data: " + answer);
    }

    @Test
    void loadsOnlyWhenTheDataChangedAndKeepsTheOldDataWhenTheNewIsRefused() throws Exception {
        String store = tmp.resolve("store").toString();
        String ontology = FIXTURES.resolve("ontology").toString();
        int port = freePort();
        Served first = serve(port, "--store", store, "--data", ontology, "--data", FIXTURES.resolve("good").toString());
        assertTrue(first.output.contains("Loaded"), first.output);
        stop();
        processes.clear();

        Served again = serve(port, "--store", store, "--data", ontology, "--data", FIXTURES.resolve("good").toString());
        assertTrue(again.output.contains("has not changed"), again.output);
        stop();
        processes.clear();

        Served refused = serve(port, "--store", store, "--data", ontology, "--data", FIXTURES.resolve("violating").toString());
        assertTrue(refused.output.contains("serving the data loaded before"), refused.output);
        String base = "http://localhost:" + port + "/";
        String count = get(base + "sparql?query=" + URLEncoder.encode(
                "SELECT (COUNT(?s) AS ?n) { ?s a <" + base + "def/ns#Thing> }", StandardCharsets.UTF_8)
                + "&format=csv").body();
        assertTrue(count.contains("\n2"), "the two things loaded first are still served: " + count);
    }

    /** The output of a started server, up to the line announcing its URLs. */
    private record Served(String output) {
    }

    private Served serve(int port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", Integer.toString(port), "--bind", "127.0.0.1"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(process);
        StringBuilder output = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        for (String line; (line = lines.readLine()) != null; ) {
            output.append(line).append('\n');
            if (line.contains("health check") || System.nanoTime() > end) {
                break;
            }
        }
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "drain");
        drain.setDaemon(true);
        drain.start();
        assertTrue(process.isAlive(), "the server is running:\n" + output);
        return new Served(output.toString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
