package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.history.History;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.testing.RunningSite;

/**
 * The first {@code load} into an empty store records its change without a copy of the data (the
 * change log's entry says who, when, what and how many triples, and holds none; the history has no
 * versions yet), and the first {@code serve} of that store makes the first versions from the data in
 * the background: the feed answers 503 with {@code Retry-After} or, once they are made, holds one member
 * for each thing of the data, and a document's TimeMap names its first version.
 */
class FirstLoadHistoryTest {

    private static final String TREE_MEMBER = "https://w3id.org/tree#member";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void aFirstLoadRecordsNoCopyOfTheDataAndServeMakesTheFirstVersions() throws Exception {
        Path store = tmp.resolve("store");
        int port = ServeProcess.freePort();
        String base = "http://127.0.0.1:" + port + "/";
        String data = RunningSite.PROJECT.resolve("data") + "," + RunningSite.PROJECT.resolve("ontology");
        CommandRun load = ServeProcess.run("load", "--store", store.toString(), "--data", data, "--base", base);
        assertEquals(0, load.exitCode(), load.out());

        List<Path> entries;
        try (Stream<Path> files = Files.list(store.resolve(ChangeLog.FOLDER))) {
            entries = files.filter(f -> f.toString().endsWith(".rdfp")).toList();
        }
        assertEquals(1, entries.size(), "one entry for the load: " + entries);
        String text = Files.readString(entries.get(0), StandardCharsets.UTF_8);
        assertTrue(text.lines().noneMatch(line -> line.startsWith("A ") || line.startsWith("D ")),
                "the first load's entry holds no triples:\n" + text.lines().limit(20).toList());
        PatchHeader header;
        try (InputStream in = Files.newInputStream(entries.get(0))) {
            header = RDFPatchOps.readHeader(in);
        }
        assertEquals("load", header.get(ChangeLog.OPERATION).getLiteralLexicalForm());
        long added = Long.parseLong(header.get(ChangeLog.ADDED).getLiteralLexicalForm());
        assertTrue(load.out().contains(String.format("Loaded %,d triples", added)), load.out());
        try (History history = History.open(store, new Iris(base))) {
            assertTrue(history.isEmpty(), "the load leaves the first versions to serve");
        }

        try (ServeProcess served = ServeProcess.start(port, "--store", store.toString(), "--data", data, "--base", base)) {
            assertTrue(served.output().contains("has not changed"), "serve finds the data loaded: " + served.output());
            HttpResponse<String> feed = feedOnceMade(served.url());
            long things = Long.parseLong(sparql(served.url(),
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o FILTER isIRI(?s) }").lines().skip(1)
                    .findFirst().orElseThrow().trim());
            long members = 0;
            for (int page = 0; ; page++) {
                HttpResponse<String> answer = get(served.url() + "feed/" + page, "text/turtle");
                if (answer.statusCode() == 404) {
                    break;
                }
                assertEquals(200, answer.statusCode(), answer.body());
                Model model = turtle(answer.body(), served.url());
                members += model.listObjectsOfProperty(model.createProperty(TREE_MEMBER)).toList().size();
            }
            assertEquals(200, feed.statusCode());
            assertEquals(things, members, "one first version of each thing of the data");
            HttpResponse<String> timeMap = get(served.url() + "timemap/doc/project/art4rights", "application/link-format");
            assertEquals(200, timeMap.statusCode(), timeMap.body());
            assertTrue(timeMap.body().contains("rel=\"first last memento\""), timeMap.body());
        }
    }

    /** The feed, asked until its first members are made; meanwhile only 503 with Retry-After. */
    private HttpResponse<String> feedOnceMade(String root) throws Exception {
        for (int attempt = 0; attempt < 240; attempt++) {
            HttpResponse<String> feed = get(root + "feed", "text/turtle");
            if (feed.statusCode() == 200) {
                return feed;
            }
            assertEquals(503, feed.statusCode(), feed.body());
            assertFalse(feed.headers().firstValue("Retry-After").orElse("").isBlank(), "a 503 says when to come back");
            Thread.sleep(250);
        }
        throw new AssertionError("The first versions were not made in a minute");
    }

    private String sparql(String root, String query) throws Exception {
        HttpResponse<String> answer = get(root + "sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private HttpResponse<String> get(String url, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Model turtle(String text, String base) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.TURTLE).base(base).parse(model);
        return model;
    }
}
