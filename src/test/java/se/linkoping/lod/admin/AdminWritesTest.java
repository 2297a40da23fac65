package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.PatchSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.testing.RunningSite;

/**
 * Staff writes through the real server: refused without credentials and for shape violations, the
 * store unchanged in both cases; accepted with credentials, and then the data version, the page's
 * ETag, the dump and the change log follow.
 */
class AdminWritesTest {

    private static final String PROJECT = "<id/project/fristad-linkoping>";
    private static final String PAGE = "doc/project/fristad-linkoping";
    private static final String SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @TempDir
    static Path folder;

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void aWriteWithoutOrWithWrongCredentialsIsRefusedWith401AndWritesNothing() {
        long before = site.triples();
        String etag = etagOf(PAGE);
        String update = SKOS + "INSERT DATA { " + PROJECT + " skos:altLabel \"no credentials\"@en }";
        for (String authorization : new String[] {null, RunningSite.basic(RunningSite.USER, "wrong"),
                RunningSite.basic("nobody", RunningSite.PASSWORD), "Bearer " + RunningSite.PASSWORD, "Basic !!!"}) {
            HttpRequest.Builder request = update(update);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = site.send(request);
            assertEquals(401, response.statusCode(), authorization + ": " + response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="),
                    response.headers().toString());
        }
        HttpResponse<String> upload = site.send(HttpRequest.newBuilder(URI.create(site.url("admin/files/evil.ttl")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")));
        assertEquals(401, upload.statusCode());
        assertFalse(Files.exists(site.dataFolder.resolve("evil.ttl")));
        assertEquals(401, site.send(HttpRequest.newBuilder(URI.create(site.url("admin/reload")))
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(before, site.triples());
        assertFalse(site.holds(PROJECT + " skos:altLabel \"no credentials\"@en"));
        assertEquals(etag, etagOf(PAGE));
    }

    @Test
    void aWriteThatBreaksTheShapesIsRefusedWith422ListingTheViolationsAndWritesNothing() {
        long before = site.triples();
        String etag = etagOf(PAGE);
        HttpResponse<String> response = site.send(signed(update(
                "PREFIX lkp: <" + Iris.VOCABULARY_ROOT + "def/ns#>\nDELETE WHERE { " + PROJECT + " lkp:runBy ?who }")));
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("fristad-linkoping") && response.body().contains("runBy"), response.body());
        assertEquals(before, site.triples());
        assertTrue(site.holds(PROJECT + " <" + Iris.VOCABULARY_ROOT + "def/ns#runBy> ?who"));

        HttpResponse<String> graph = site.send(signed(HttpRequest.newBuilder(URI.create(site.url("admin/data?default")))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<id/project/new> a <" + Iris.VOCABULARY_ROOT + "def/ns#InternationalProject> ."))));
        assertEquals(422, graph.statusCode(), graph.body());
        assertTrue(graph.body().contains("id/project/new"), graph.body());
        assertEquals(before, site.triples());
        assertEquals(etag, etagOf(PAGE));
    }

    @Test
    void malformedOrUnofferedWritesAreRefusedAndWriteNothing() {
        long before = site.triples();
        assertEquals(400, site.send(signed(update("INSERT DATA { this is not SPARQL"))).statusCode());
        assertEquals(400, site.send(signed(update("LOAD <file:///etc/passwd>"))).statusCode());
        assertEquals(415, site.send(signed(HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=CLEAR+ALL")))).statusCode());
        assertEquals(400, site.send(signed(HttpRequest.newBuilder(URI.create(site.url("admin/data")))
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<a> <b> ")))).statusCode());
        assertEquals(400, site.send(signed(HttpRequest.newBuilder(URI.create(site.url("admin/data?graph=http://x/g")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")))).statusCode());
        assertEquals(422, site.send(signed(update("INSERT DATA { GRAPH <http://x/g> { <a> <b> <c> } }"))).statusCode());
        assertEquals(400, site.send(signed(update(
                "INSERT { <a> <b> ?o } WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"))).statusCode());
        assertEquals(before, site.triples());
    }

    @Test
    void anAcceptedWriteChangesTheVersionTheEtagAndTheDumpAndIsLogged() throws IOException {
        String etag = etagOf(PAGE);
        String health = site.get("health", "text/plain").body();
        HttpResponse<String> response = site.send(signed(update(
                SKOS + "INSERT DATA { " + PROJECT + " skos:altLabel \"Fristaden\"@sv }")));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("1 triple(s) added"), response.body());

        assertTrue(site.holds(PROJECT + " skos:altLabel \"Fristaden\"@sv"));
        assertTrue(eventually(() -> !etag.equals(etagOf(PAGE))), "the page's ETag changes");
        assertNotEquals(health, site.get("health", "text/plain").body());
        assertTrue(eventually(() -> dump().contains("\"Fristaden\"@sv")), "the dump holds the new label");

        List<Path> entries;
        try (Stream<Path> files = Files.list(site.changeLog.folder())) {
            entries = files.filter(f -> f.toString().endsWith("-update.rdfp")).toList();
        }
        assertEquals(1, entries.size(), entries.toString());
        RDFPatch patch = RDFPatchOps.read(entries.get(0).toString());
        assertEquals(RunningSite.USER, patch.header().get(ChangeLog.CREATOR).getLiteralLexicalForm());
        PatchSummary summary = RDFPatchOps.summary(patch);
        assertEquals(1, summary.getCountAddData());
        assertTrue(Files.readString(entries.get(0)).contains("\"Fristaden\"@sv"));
    }

    private static HttpRequest.Builder update(String text) {
        return HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text));
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder request) {
        return request.header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD));
    }

    private static String etagOf(String relative) {
        HttpResponse<String> page = site.get(relative, "text/turtle");
        assertEquals(200, page.statusCode(), relative);
        return page.headers().firstValue("ETag").orElseThrow();
    }

    /** The whole dump as text, or nothing while the dumps of the new data are being written. */
    private static String dump() {
        try {
            HttpResponse<byte[]> response = site.http.send(HttpRequest.newBuilder(URI.create(site.url("dumps/all.nt.gz")))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 503) {
                return "";
            }
            assertEquals(200, response.statusCode());
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls for up to thirty seconds: the store re-reads its version every two, and the dumps are written after. */
    private static boolean eventually(Supplier<Boolean> condition) {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (condition.get()) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.get();
    }
}
