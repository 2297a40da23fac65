package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/** Pages, documents and SPARQL results travel gzipped to clients that ask; an unknown path gets our 404 page. */
class CompressionAndNotFoundTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "doc/project/art4rights.ttl", "def/ns",
            "sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%20200"})
    void responsesAreGzippedForClientsThatAcceptIt(String path) throws IOException {
        HttpResponse<byte[]> plain = site.get(site.url(path), Map.of());
        HttpResponse<byte[]> zipped = site.get(site.url(path), Map.of("Accept-Encoding", "gzip"));
        assertEquals(200, zipped.statusCode());
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        assertEquals(Optional.of("gzip"), zipped.headers().firstValue("Content-Encoding"));
        assertTrue(zipped.headers().allValues("Vary").toString().contains("Accept-Encoding"), zipped.headers().toString());
        byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(zipped.body())).readAllBytes();
        assertTrue(zipped.body().length < unzipped.length, "smaller when gzipped");
        assertEquals(new String(plain.body(), StandardCharsets.UTF_8), new String(unzipped, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownPathGetsTheSitesNotFoundPageInTheReadersLanguage() {
        HttpResponse<byte[]> swedish = site.get(site.url("no/such/page"), Map.of());
        assertEquals(404, swedish.statusCode());
        assertTrue(RunningSite.text(swedish).contains("Sidan finns inte"), RunningSite.text(swedish));
        assertTrue(RunningSite.text(swedish).contains("<html lang=\"sv\""), "the site's own layout");
        HttpResponse<byte[]> english = site.get(site.url("no/such/page"), Map.of("Accept-Language", "en"));
        assertEquals(404, english.statusCode());
        assertTrue(RunningSite.text(english).contains("Page not found"), RunningSite.text(english));
    }
}
