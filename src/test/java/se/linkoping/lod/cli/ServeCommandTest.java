package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as an operator runs it: a separate process on the seed data, announcing its URLs;
 * restarted on unchanged data it does not load again; given refused data it keeps the old. The dumps
 * are written by {@code serve} in the background, never by {@code load}.
 */
class ServeCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/load");

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesTheSeedDataAndPrintsItsUrls() throws Exception {
        int port = ServeProcess.freePort();
        try (ServeProcess served = ServeProcess.start(port, "--store", tmp.resolve("store").toString())) {
            String base = "http://localhost:" + port + "/";
            assertTrue(served.output().contains("as " + base), served.output());
            assertTrue(served.output().contains(":" + port + "/sparql"), served.output());
            assertEquals(200, get(served.url() + "health").statusCode());
            String answer = get(served.url() + "sparql?query=" + URLEncoder.encode(
                    "ASK { ?town <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q4115712> }",
                    StandardCharsets.UTF_8)).body();
            assertTrue(answer.contains("true"), "Kaunas is in the served data: " + answer);
            assertEquals(200, untilWritten(served.url() + "dumps/all.nt.gz").statusCode(),
                    "the dumps are written in the background after the start");
        }
    }

    @Test
    void loadWritesNoDumpsAndServeWritesThemInTheBackground() throws Exception {
        int port = ServeProcess.freePort();
        String base = "http://localhost:" + port + "/";
        Path store = tmp.resolve("store");
        CommandRun load = CommandRun.of("load", "--store", store.toString(), "--base", base);
        assertEquals(0, load.exitCode(), load.err());
        assertTrue(load.out().contains("Loaded"), load.out());
        assertFalse(Files.exists(store.resolve("dumps")), "load writes no dumps");

        try (ServeProcess served = ServeProcess.start(port, "--store", store.toString(), "--base", base)) {
            assertTrue(served.output().contains("has not changed"), served.output());
            assertEquals(200, untilWritten(served.url() + "dumps/all.ttl").statusCode());
            try (Stream<Path> files = Files.walk(store.resolve("dumps"))) {
                assertEquals(12, files.filter(f -> f.getFileName().toString().matches("[a-z]+\\.(nt\\.gz|ttl|jsonld)"))
                        .count(), "every dataset in every format");
            }
        }
    }

    /** Asks until the dumps are no longer being written (503), for up to a minute. */
    private HttpResponse<String> untilWritten(String url) throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        HttpResponse<String> response = get(url);
        while (response.statusCode() == 503 && System.nanoTime() < end) {
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
            Thread.sleep(100);
            response = get(url);
        }
        return response;
    }

    @Test
    void loadsOnlyWhenTheDataChangedAndKeepsTheOldDataWhenTheNewIsRefused() throws Exception {
        String store = tmp.resolve("store").toString();
        String ontology = FIXTURES.resolve("ontology").toString();
        String good = FIXTURES.resolve("good").toString();
        int port = ServeProcess.freePort();
        try (ServeProcess first = ServeProcess.start(port, "--store", store, "--data", ontology, "--data", good)) {
            assertTrue(first.output().contains("Loaded"), first.output());
        }
        try (ServeProcess again = ServeProcess.start(port, "--store", store, "--data", ontology, "--data", good)) {
            assertTrue(again.output().contains("has not changed"), again.output());
        }
        try (ServeProcess refused = ServeProcess.start(port, "--store", store, "--data", ontology,
                "--data", FIXTURES.resolve("violating").toString())) {
            assertTrue(refused.output().contains("serving the data loaded before"), refused.output());
            String base = "http://localhost:" + port + "/";
            String count = get(refused.url() + "sparql?query=" + URLEncoder.encode(
                    "SELECT (COUNT(?s) AS ?n) { ?s a <" + base + "def/ns#Thing> }", StandardCharsets.UTF_8)
                    + "&format=csv").body();
            assertTrue(count.contains("\n2"), "the two things loaded first are still served: " + count);
        }
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
