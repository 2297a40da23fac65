package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.store.StockFuseki;
import se.linkoping.lod.store.TestData;
import se.linkoping.lod.testing.RunningSite;

/** Without a local dataset the server is the web app alone, reading a remote endpoint. */
class RemoteModeTest {

    static StockFuseki remote;
    static final HttpClient http = HttpClient.newHttpClient();

    @RegisterExtension
    static final RunningSite site = RunningSite.remote(RemoteModeTest::startRemote, TestData.IRIS);

    /** A stock Fuseki serving the sample data, started when the site starts. */
    private static String startRemote() {
        remote = StockFuseki.overSampleData("remote-mode");
        return remote.queryEndpoint();
    }

    @AfterAll
    static void stop() throws InterruptedException {
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
        return HttpRequest.newBuilder(URI.create(site.root() + path)).timeout(Duration.ofSeconds(30)).build();
    }
}
