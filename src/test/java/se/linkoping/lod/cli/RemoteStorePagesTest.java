package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.lod.store.StockFuseki;

/**
 * The pages served over a stock Fuseki through {@code --sparql-endpoint} say the same as the pages served
 * from the embedded store: the seed data is loaded, exported, given to a separate Fuseki process, and two
 * {@code serve} processes with the same base answer side by side.
 */
class RemoteStorePagesTest {

    private static final String BASE = "http://data.example.org/";

    @TempDir
    static Path tmp;

    private static StockFuseki fuseki;
    private static ServeProcess embedded;
    private static ServeProcess remote;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        String store = tmp.resolve("store").toString();
        assertEquals(0, CommandRun.of("load", "--base", BASE, "--store", store).exitCode());
        Path export = tmp.resolve("all.nq");
        CommandRun exported = CommandRun.of("export", "--store", store, "--output", export.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        fuseki = StockFuseki.start(export, tmp);
        embedded = ServeProcess.start(ServeProcess.freePort(), "--base", BASE, "--store", store,
                "--dumps", tmp.resolve("d1").toString());
        remote = ServeProcess.start(ServeProcess.freePort(), "--base", BASE, "--sparql-endpoint", fuseki.queryEndpoint(),
                "--store", tmp.resolve("unused").toString(), "--dumps", tmp.resolve("d2").toString());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (AutoCloseable c : new AutoCloseable[] {remote, embedded, fuseki}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "projects", "networks", "towns", "organizations", "doc/project/art4rights",
            "doc/project/art4rights?lang=en", "doc/network/icorn", "doc/town/kaunas",
            "doc/organization/linkopings-kommun", "def/ns", "query"})
    void theHtmlPagesAreTheSame(String path) throws Exception {
        HttpResponse<String> local = get(embedded.url() + path, "text/html");
        HttpResponse<String> far = get(remote.url() + path, "text/html");
        assertEquals(200, local.statusCode(), path);
        assertEquals(200, far.statusCode(), path);
        assertEquals(withoutHistory(local.body()), withoutHistory(far.body()), path);
        assertEquals(local.headers().firstValue("ETag"), far.headers().firstValue("ETag"), path);
    }

    /** A page without its history list, which only a server with the embedded store keeps. */
    private static String withoutHistory(String html) {
        return html.replaceAll("(?s)<section class=\"history\".*?</section>", "").replaceAll("\\n\\s*\\n", "\n");
    }

    /**
     * A document without what only a server with the embedded store offers: the change feed (its
     * distribution and the specification it follows, its VoID link) and the versions' notes from its
     * change log.
     */
    private static Model withoutHistory(Model model) {
        model.listStatements().toList().stream()
                .filter(s -> s.getSubject().isURIResource() && s.getSubject().getURI().endsWith("-feed")
                        || s.getObject().isURIResource() && s.getObject().asResource().getURI().endsWith("-feed")
                        || s.getSubject().isURIResource()
                                && s.getSubject().getURI().equals("https://w3id.org/ldes/specification")
                        || s.getPredicate().equals(VOID.inDataset) && s.getSubject().isURIResource()
                                && s.getSubject().getURI().endsWith("/feed")
                        || s.getPredicate().getURI().equals("http://www.w3.org/ns/adms#versionNotes"))
                .forEach(model::remove);
        return model;
    }

    /**
     * The catalogue is compared without {@code dcat:byteSize}: each server writes its own dump files in the
     * background, and a store's prefixes shape their Turtle; what the dumps hold is compared by
     * {@link #theDumpsHoldTheSameData()}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"doc/project/art4rights.ttl", "doc/town/tonsberg.ttl", "datasets/dcat",
            ".well-known/void"})
    void theRdfDocumentsSayTheSame(String path) throws Exception {
        Model local = withoutHistory(parse(get(embedded.url() + path, "text/turtle").body(), path)
                .removeAll(null, DCAT.byteSize, null));
        Model far = withoutHistory(parse(get(remote.url() + path, "text/turtle").body(), path)
                .removeAll(null, DCAT.byteSize, null));
        assertTrue(local.size() > 10, path + " has content");
        assertTrue(local.isIsomorphicWith(far), () -> path + " is the same graph from both; only from the embedded store: "
                + local.difference(far).listStatements().toList().stream().limit(5).toList()
                + "; only from the remote one: " + far.difference(local).listStatements().toList().stream().limit(5).toList());
    }

    @Test
    void theDumpsHoldTheSameData() throws Exception {
        Model local = dump(embedded);
        Model far = dump(remote);
        assertTrue(local.size() > 1000, "the dump holds the data: " + local.size());
        assertTrue(local.isIsomorphicWith(far), "the same triples in both dumps");
    }

    @Test
    void anUnknownThingIsNotFoundInBoth() throws Exception {
        for (ServeProcess server : List.of(embedded, remote)) {
            assertEquals(404, get(server.url() + "id/project/no-such-project", "text/html").statusCode());
        }
    }

    /** A path that decodes to what no IRI holds names nothing: a 404 from both, not a query the endpoint refuses. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"id/project/a%3Eb", "doc/project/a%20b", "doc/project/a%22b.ttl", "doc/project/a%7Bb%7D"})
    void aPathNoIriCanHoldIsNotFoundInBoth(String path) throws Exception {
        for (ServeProcess server : List.of(embedded, remote)) {
            assertEquals(404, get(server.url() + path, "text/html").statusCode(), server.url() + path);
        }
    }

    private Model dump(ServeProcess server) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "dumps/all.nt.gz")).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (response.statusCode() == 503 && System.nanoTime() < end) {
            Thread.sleep(100);
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        assertEquals(200, response.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(response.body()))).lang(Lang.NTRIPLES).parse(model);
        return model;
    }

    private static Model parse(String turtle, String path) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle, Lang.TURTLE).base(BASE + path).parse(model);
        return model;
    }

    private HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
