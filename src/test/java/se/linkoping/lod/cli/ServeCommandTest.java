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
import java.nio.file.Path;
import java.time.Duration;

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
            assertEquals(200, get(served.url() + "dumps/all.nt.gz").statusCode(), "the dumps were written at start");
        }
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
