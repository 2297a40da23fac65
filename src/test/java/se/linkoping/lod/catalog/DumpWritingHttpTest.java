package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.testing.RunningSite;

/**
 * The dumps as a harvester meets them while the server writes them in the background: the project's
 * data in TDB2, the whole site on a real server, the writer held at its start by its listener until
 * the test has looked.
 */
class DumpWritingHttpTest {

    @TempDir
    static Path tmp;

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final HeldDumpListener held = new HeldDumpListener();

    @RegisterExtension
    static final RunningSite site = RunningSite.seed().dumps((folder, iris) ->
            new Dumps(folder.resolve("held-dumps"), iris, Dumps.defaultJsonLdMaxTriples(), held));

    @AfterAll
    static void stop() {
        held.release();
    }

    @Test
    void aDumpAskedForWhileItIsWrittenIs503ThenServedAndTheCatalogueChanges() throws Exception {
        HttpResponse<byte[]> before = get(site, "datasets/dcat", "GET");
        assertEquals(200, before.statusCode(), "the catalogue does not wait for the dumps");
        Model listed = parse(before.body(), Lang.RDFXML);
        assertEquals(12, listed.listSubjectsWithProperty(DCAT.downloadURL).toList().size(), "every dump is listed");
        assertFalse(listed.contains(null, DCAT.byteSize), "no size before the files are written");
        assertEquals(List.of(), DcatApValidator.violations(listed));
        String etagBefore = header(before, "ETag");

        held.awaitStarted();
        HttpResponse<byte[]> busy = get(site, "dumps/all.nt.gz", "GET");
        assertEquals(503, busy.statusCode());
        assertTrue(Long.parseLong(header(busy, "Retry-After")) >= 1, header(busy, "Retry-After"));
        assertTrue(header(busy, "Content-Type").startsWith("text/plain"));
        assertTrue(new String(busy.body(), StandardCharsets.UTF_8).contains("being written"));
        HttpResponse<byte[]> busyHead = get(site, "dumps/all.ttl", "HEAD");
        assertEquals(503, busyHead.statusCode());
        assertFalse(header(busyHead, "Retry-After").isEmpty());
        assertEquals(404, get(site, "dumps/nothing.ttl", "GET").statusCode());
        assertEquals(304, conditional(site, "datasets/dcat", etagBefore).statusCode(), "nothing new yet");

        held.release();
        HttpResponse<byte[]> ready = untilWritten(site, "dumps/all.nt.gz");
        DumpFile file = site.dumps.find(site.store.version()).orElseThrow().file("all.nt.gz").orElseThrow();
        assertArrayEquals(Files.readAllBytes(file.path()), ready.body());
        assertEquals(site.triples(), parseGzipped(ready.body()).size());

        HttpResponse<byte[]> after = conditional(site, "datasets/dcat", etagBefore);
        assertEquals(200, after.statusCode(), "the catalogue with the sizes replaces the one without");
        assertNotEquals(etagBefore, header(after, "ETag"));
        Model sized = parse(after.body(), Lang.RDFXML);
        Resource distribution = sized.getResource(CatalogIris.distribution(site.iris, "all", "nt-gz"));
        assertEquals(file.bytes(), distribution.getProperty(DCAT.byteSize).getLong());
        assertEquals(List.of(), DcatApValidator.violations(sized));
    }

    /** Asks until the dump is no longer being written (503), and returns it, which must be there. */
    static HttpResponse<byte[]> untilWritten(RunningSite on, String path) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        HttpResponse<byte[]> response = get(on, path, "GET");
        while (response.statusCode() == 503 && System.nanoTime() < end) {
            Thread.sleep(100);
            response = get(on, path, "GET");
        }
        assertEquals(200, response.statusCode(), path);
        return response;
    }

    static HttpResponse<byte[]> get(RunningSite on, String path, String method)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(on.iris.resolve(path)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> conditional(RunningSite on, String path, String etag)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(on.iris.resolve(path))).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    private static Model parseGzipped(byte[] body) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(model);
        }
        return model;
    }
}
