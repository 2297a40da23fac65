package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.store.RemoteStore;
import se.linkoping.lod.store.StockFuseki;
import se.linkoping.lod.store.TestData;

/** Without a local dataset the server is the web app alone, reading a remote endpoint. */
class RemoteModeTest {

    @TempDir
    static Path work;
    static StockFuseki remote;
    static PublisherServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        DatasetGraph dataset = TestData.loadTdb2(Files.createDirectory(work.resolve("tdb")));
        Path data = TestData.writeNQuads(dataset, work.resolve("data.nq"));
        dataset.close();
        remote = StockFuseki.start(data, work);
        RemoteStore store = new RemoteStore(remote.queryEndpoint(), TestData.IRIS, Duration.ofSeconds(10));
        server = PublisherServer.start(ServerSettings.builder(TestData.IRIS)
                .port(0).bindAddress("127.0.0.1").routes(List.of(new HealthRoutes(store))).build());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        server.stop();
        remote.close();
    }

    @Test
    void webRoutesReadTheRemoteStore() throws Exception {
        HttpResponse<String> health = http.send(get("health"), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("version " + TestData.DIGEST), health.body());
    }

    @Test
    void thereIsNoLocalEndpoint() throws Exception {
        HttpResponse<String> sparql = http.send(get("sparql?query=ASK%7B%7D"), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, sparql.statusCode());
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30)).build();
    }
}
