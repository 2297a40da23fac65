package se.linkoping.lod.history;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.testing.RunningSite;

/**
 * The change feed through the real server: a client that reads {@code /feed} from the start and applies
 * its members in order (the README's Python script, rdflib) rebuilds the data the dump holds, at start
 * and after staff writes, a deletion and a reload of a changed file; pages carry the LDES terms, parse
 * with rapper, and are cached as the rules say.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeFeedTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String LDES = "https://w3id.org/ldes#";
    private static final String TREE = "https://w3id.org/tree#";
    private static final String NEW_THEME = """
            <id/theme/feed-theme> a skos:Concept ;
                skos:prefLabel "Flödets tema"@sv , "The feed's theme"@en ;
                skos:inScheme <id/scheme/themes> ;
                prov:wasDerivedFrom <id/document/eu-projekt-inom-kultur> .
            """;

    @TempDir
    static Path work;

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    @Order(1)
    void aClientReadingTheFeedFromTheStartRebuildsTheDataAsLoaded() throws Exception {
        assertFollowingRebuildsTheDump();
    }

    @Test
    @Order(2)
    void theStreamAndItsPagesCarryTheLdesTermsAndParseWithRapper() throws Exception {
        HttpResponse<String> stream = site.get("feed", "text/turtle");
        assertEquals(200, stream.statusCode(), stream.body());
        Model description = turtle(stream.body(), site.url("feed"));
        Resource feed = description.createResource(site.url("feed"));
        assertTrue(feed.hasProperty(RDF.type, description.createResource(LDES + "EventStream")));
        for (String term : List.of("timestampPath", "versionOfPath", "versionDeletePath", "retentionPolicy")) {
            assertTrue(feed.hasProperty(description.createProperty(LDES + term)), term);
        }
        assertEquals(1, feed.listProperties(description.createProperty(TREE + "view")).toList().size());

        HttpResponse<String> first = site.get("feed/0", "text/turtle");
        assertEquals(200, first.statusCode());
        Model page = turtle(first.body(), site.url("feed/0"));
        assertTrue(page.createResource(site.url("feed/0")).hasProperty(RDF.type, page.createResource(TREE + "Node")));
        List<Resource> relations = page.listObjectsOfProperty(page.createResource(site.url("feed/0")),
                page.createProperty(TREE + "relation")).mapWith(n -> n.asResource()).toList();
        assertEquals(1, relations.size(), "the first page of a feed of more than 100 members links the next");
        assertTrue(relations.get(0).hasProperty(RDF.type, page.createResource(TREE + "GreaterThanOrEqualToRelation")));
        assertTrue(relations.get(0).hasProperty(page.createProperty(TREE + "path"),
                page.createResource("http://www.w3.org/ns/prov#generatedAtTime")));
        assertEquals(100, page.listObjectsOfProperty(feed, page.createProperty(TREE + "member")).toList().size());

        Path saved = work.resolve("page.ttl");
        Files.writeString(saved, first.body(), StandardCharsets.UTF_8);
        String counted = run(List.of("rapper", "-i", "turtle", "-o", "ntriples", "-I", site.url("feed/0"),
                saved.toString()));
        assertEquals(page.size(), counted.lines().filter(line -> !line.isBlank()).count(),
                "rapper reads as many triples as Jena");
    }

    @Test
    @Order(2)
    void theCatalogueAndVoidNameTheFeed() {
        Model catalog = turtle(site.get("datasets/dcat", "text/turtle").body(), site.url(""));
        assertTrue(catalog.contains(null, DCAT.accessURL, catalog.createResource(site.url("feed"))),
                "a distribution of the catalogue is the feed");
        Model description = turtle(site.get(".well-known/void", "text/turtle").body(), site.url(""));
        assertTrue(description.contains(description.createResource(site.url("feed")), VOID.inDataset,
                description.createResource(site.iris.dataset())), "VoID names the feed a document of the dataset");
    }

    @Test
    @Order(3)
    void aFullPageIsImmutableAndTheNewestIsKeptBriefly() {
        HttpResponse<String> full = site.get("feed/0", "text/turtle");
        assertTrue(header(full, "Cache-Control").contains("immutable"), header(full, "Cache-Control"));
        String newest = "feed/" + lastPage();
        HttpResponse<String> last = site.get(newest, "text/turtle");
        assertEquals(200, last.statusCode());
        assertFalse(header(last, "Cache-Control").contains("immutable"));
        assertTrue(header(last, "Cache-Control").contains("max-age=300"));
        HttpResponse<byte[]> again = site.get(site.url(newest), Map.of("Accept", "text/turtle",
                "If-None-Match", header(last, "ETag")));
        assertEquals(304, again.statusCode());
        assertEquals(404, site.get("feed/" + (lastPage() + 1), "text/turtle").statusCode());
        assertEquals(404, site.get("feed/first", "text/turtle").statusCode());
    }

    @Test
    @Order(4)
    void staffWritesAndADeletionMakeMembersAndTheNewestPageChanges() throws Exception {
        String before = header(site.get("feed/" + lastPage(), "text/turtle"), "ETag");
        assertEquals(200, update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX prov: <http://www.w3.org/ns/prov#> INSERT DATA { " + NEW_THEME.replace(" .\n", " }")
                .replace("\n", " ")).statusCode());
        assertEquals(200, update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "DELETE { <id/theme/feed-theme> skos:prefLabel \"The feed's theme\"@en } "
                + "INSERT { <id/theme/feed-theme> skos:prefLabel \"The theme of the feed\"@en } WHERE {}").statusCode());
        assertFollowingRebuildsTheDump();
        assertNotEquals(before, header(site.get("feed/" + lastPage(), "text/turtle"), "ETag"));

        assertEquals(200, update("DELETE WHERE { <id/theme/feed-theme> ?p ?o }").statusCode());
        Model last = turtle(site.get("feed/" + lastPage(), "text/turtle").body(), site.url("feed"));
        List<Resource> tombstones = last.listSubjectsWithProperty(RDF.type, last.createResource(LDES + "DeletedLDESMember"))
                .toList();
        assertEquals(1, tombstones.size());
        assertEquals(site.url("id/theme/feed-theme"),
                tombstones.get(0).getPropertyResourceValue(DCTerms.isVersionOf).getURI());
        assertFollowingRebuildsTheDump();
    }

    @Test
    @Order(5)
    void aReloadOfAChangedFileRecordsItsDifferenceAndTheFeedFollows() throws Exception {
        Path file = site.dataFolder.resolve("file-theme.ttl");
        Files.writeString(file, "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                + "@prefix prov: <http://www.w3.org/ns/prov#> .\n" + NEW_THEME.replace("feed-theme", "file-theme"),
                StandardCharsets.UTF_8);
        HttpResponse<String> reload = site.send(signed(HttpRequest.newBuilder(URI.create(site.url("admin/reload")))
                .header(AdminRoutes.REQUESTED_BY, "test")
                .POST(HttpRequest.BodyPublishers.noBody())));
        assertEquals(200, reload.statusCode(), reload.body());

        String patch = latestPatch("reload");
        assertTrue(patch.contains("A <" + site.url("id/theme/file-theme") + "> "), patch);
        assertTrue(patch.lines().filter(line -> line.startsWith("A ") || line.startsWith("D ")).count() < 40,
                "the patch holds the difference, not the whole data:\n" + patch);
        assertFollowingRebuildsTheDump();
    }

    /** Runs the README's script over the feed and compares what it rebuilt with the dump of the data. */
    private static void assertFollowingRebuildsTheDump() throws Exception {
        Path script = work.resolve("follow.py");
        Files.writeString(script, readmeExample(), StandardCharsets.UTF_8);
        String rebuilt = run(List.of(PYTHON, script.toString(), site.url("")));
        Graph fromFeed = GraphFactory.createDefaultGraph();
        RDFParser.fromString(rebuilt, Lang.NTRIPLES).parse(fromFeed);
        Graph dump = dump(fromFeed);
        assertEquals(dump.size(), fromFeed.size(), "as many triples as the dump");
        assertTrue(dump.isIsomorphicWith(fromFeed), () -> "the feed rebuilds the data; only in the dump: "
                + dump.find().filterDrop(fromFeed::contains).filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList().stream().limit(5).toList()
                + "; only from the feed: " + fromFeed.find().filterDrop(dump::contains).filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank()).toList().stream().limit(5)
                .toList());
    }

    /** The Python example of the README, as a reader copies it. */
    private static String readmeExample() throws IOException {
        String readme = Files.readString(RunningSite.PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher code = Pattern.compile("## Following the changes.*?```python\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(code.find(), "the README shows how to follow the feed");
        return code.group(1);
    }

    /**
     * The whole dataset's dump of the data version the feed reached, once written and served (the server
     * reads its version anew every few seconds).
     */
    private static Graph dump(Graph fromFeed) throws Exception {
        Node version = NodeFactory.createURI("http://www.w3.org/2002/07/owl#versionInfo");
        Node dataset = NodeFactory.createURI(site.iris.dataset());
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<byte[]> answer = site.get(site.url("dumps/all.nt.gz"), Map.of());
            if (answer.statusCode() == 200) {
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(answer.body()))).lang(Lang.NTRIPLES)
                        .parse(graph);
                if (graph.find(dataset, version, Node.ANY).toList()
                        .equals(fromFeed.find(dataset, version, Node.ANY).toList())) {
                    return graph;
                }
            } else {
                assertEquals(503, answer.statusCode());
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The dump was not written in 30 s");
    }

    private static long lastPage() {
        Model stream = turtle(site.get("feed", "text/turtle").body(), site.url("feed"));
        long members = 0;
        for (long page = 0; ; page++) {
            HttpResponse<String> answer = site.get("feed/" + page, "text/turtle");
            if (answer.statusCode() != 200) {
                return page - 1;
            }
            members += turtle(answer.body(), site.url("feed")).listObjectsOfProperty(
                    stream.createResource(site.url("feed")), stream.createProperty(TREE + "member")).toList().size();
            assertTrue(members > 0);
        }
    }

    private static String latestPatch(String operation) throws IOException {
        try (Stream<Path> entries = Files.list(site.changeLog.folder())) {
            Path latest = entries.filter(p -> p.getFileName().toString().endsWith("-" + operation + ".rdfp"))
                    .sorted().reduce((a, b) -> b).orElseThrow();
            return Files.readString(latest, StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> update(String text) {
        HttpResponse<String> answer = site.update(text);
        assertEquals(200, answer.statusCode(), text + "\n" + answer.body());
        return answer;
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder request) {
        return request.header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD));
    }

    private static Model turtle(String text, String base) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.TURTLE).base(base).parse(model);
        return model;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] err = new byte[0];
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), command + " did not finish");
        assertEquals(0, process.exitValue(), command + " failed:\n" + new String(err, StandardCharsets.UTF_8));
        return output;
    }
}
