package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;

/**
 * A server whose public base is {@code https:} (TLS ended by a reverse proxy in front) tells browsers
 * to keep to HTTPS: {@code Strict-Transport-Security} on every response, errors included.
 */
class HttpsBaseHeadersTest {

    @Test
    void anHttpsBaseAddsStrictTransportSecurity() throws Exception {
        PublisherServer server = PublisherServer.start(ServerSettings.builder(new Iris("https://data.example.se/"))
                .port(0).bindAddress("127.0.0.1").build());
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "no/such/page")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode());
            assertEquals(Optional.of("max-age=31536000"), response.headers().firstValue("Strict-Transport-Security"));
            assertEquals(Optional.of("nosniff"), response.headers().firstValue("X-Content-Type-Options"));
        } finally {
            server.stop();
        }
    }
}
