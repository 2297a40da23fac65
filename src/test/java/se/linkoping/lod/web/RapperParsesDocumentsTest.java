package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.testing.RunningSite;

/**
 * An independent parser reads what we serve: Debian's {@code rapper} (Raptor) parses the Turtle,
 * RDF/XML and N-Triples of every document and of the ontology. Raptor has no JSON-LD parser, so the
 * JSON-LD is parsed by Jena, which fetches the published context over HTTP.
 */
class RapperParsesDocumentsTest {

    @TempDir
    static Path storeDir;
    @TempDir
    static Path downloads;

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    static Stream<String> documents() {
        Stream<String> things = site.things().stream()
                .map(thing -> site.url(Iris.DOC_PATH + site.iris.relativize(thing).substring(Iris.ID_PATH.length())));
        return Stream.concat(things, Stream.of(site.iris.served(site.iris.ontology())));
    }

    @ParameterizedTest
    @MethodSource("documents")
    void rapperParsesTurtleRdfXmlAndNTriples(String document) throws Exception {
        for (Map.Entry<String, String> format : Map.of("ttl", "turtle", "rdf", "rdfxml", "nt", "ntriples").entrySet()) {
            HttpResponse<byte[]> response = site.get(document + "." + format.getKey(), Map.of());
            assertEquals(200, response.statusCode(), document);
            Path file = Files.write(downloads.resolve("doc." + format.getKey()), response.body());
            Process rapper = new ProcessBuilder("rapper", "-q", "-c", "-i", format.getValue(), file.toString(), document)
                    .redirectErrorStream(true).start();
            String output = new String(rapper.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(rapper.waitFor(60, TimeUnit.SECONDS), "rapper finished");
            assertEquals(0, rapper.exitValue(), "rapper on " + document + "." + format.getKey() + ": " + output);
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void jenaParsesTheJsonLdWithThePublishedContext(String document) {
        HttpResponse<byte[]> jsonld = site.get(document + ".jsonld", Map.of());
        Model fromJsonLd = RDFParser.fromString(RunningSite.text(jsonld), Lang.JSONLD).toModel();
        Model fromTurtle = RDFParser.fromString(RunningSite.text(site.get(document + ".ttl", Map.of())), Lang.TURTLE).toModel();
        assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "the JSON-LD says what the Turtle says: " + document);
        assertTrue(RunningSite.text(jsonld).contains("\"@context\": \"" + site.url("context.jsonld") + "\""), document);
    }
}
