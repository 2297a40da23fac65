package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.testing.RunningSite;

/**
 * The SHACL shapes document {@code /def/shapes} through HTTP, over the seed data loaded by the real
 * loader: negotiated like the ontology, the shapes graph in every RDF format, an HTML page where each
 * shape's IRI lands on it, validators, and one store query.
 */
class ShapesDocumentHttpTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();
    private static Model shapesFile;

    @BeforeAll
    static void start() {
        shapesFile = RDFParser.source(RunningSite.PROJECT.resolve("ontology/shapes.ttl")).base(site.iris.base()).toModel();
    }

    @Test
    void everyRdfFormatCarriesTheShapesGraph() {
        for (MediaTypes.Format format : MediaTypes.documentFormats()) {
            HttpResponse<byte[]> negotiated = site.get(site.url("def/shapes"), Map.of("Accept", format.mediaType()));
            assertEquals(200, negotiated.statusCode(), format.mediaType());
            assertEquals(format.mediaType(), LinkedDataHttpTest.contentType(negotiated));
            assertEquals("/def/shapes." + format.extension(), negotiated.headers().firstValue("Content-Location").orElseThrow());
            assertEquals("1", negotiated.headers().firstValue(CountingStore.HEADER).orElseThrow());
            Model served = LinkedDataHttpTest.parse(negotiated.body(), Variant.of(format));
            assertTrue(served.isIsomorphicWith(shapesFile), format.mediaType() + ": the shapes graph, blank nodes and lists too");

            HttpResponse<byte[]> byExtension = site.get(site.url("def/shapes." + format.extension()), Map.of("Accept", "text/html"));
            assertEquals(200, byExtension.statusCode());
            assertEquals(format.mediaType(), LinkedDataHttpTest.contentType(byExtension));
        }
        String turtle = RunningSite.text(site.get(site.url("def/shapes.ttl"), Map.of()));
        assertTrue(turtle.contains("PREFIX sh:") && turtle.contains("PREFIX lkps:"), "readable prefixes: " + turtle);
    }

    @Test
    void thePageListsEveryShapeAtItsFragmentInBothLanguages() {
        HttpResponse<byte[]> sv = site.get(site.url("def/shapes"), Map.of("Accept", "text/html"));
        assertEquals(200, sv.statusCode());
        assertEquals("/def/shapes.html", sv.headers().firstValue("Content-Location").orElseThrow());
        assertEquals("1", sv.headers().firstValue(CountingStore.HEADER).orElseThrow());
        String page = RunningSite.text(sv);
        assertTrue(page.contains("<html lang=\"sv\">"));
        String namespace = site.iris.shapes() + "#";
        List<String> fragments = shapesFile.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(namespace))
                .map(r -> r.getURI().substring(namespace.length())).toList();
        assertTrue(fragments.size() >= 30, "shapes: " + fragments.size());
        for (String fragment : fragments) {
            assertEquals(1, occurrences(page, "id=\"" + fragment + "\""), fragment);
        }
        for (String expected : List.of("Internationellt projekt", "International project",
                "A project needs exactly one lkp:runBy organisation (org:Organization)", "Gäller varje",
                "href=\"/def/ns#InternationalProject\"", "^lkp:hasActivity", "href=\"#prefLabel\"",
                "href=\"/def/ns\"", "{$this} is not a class of the ontology (the type of {?value})")) {
            assertTrue(page.contains(expected), expected);
        }
        String en = RunningSite.text(site.get(site.url("def/shapes"), Map.of("Accept-Language", "en")));
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("Applies to every")
                && en.contains("href=\"/def/ns?lang=en#InternationalProject\""));
        assertFalse(en.contains("Gäller varje"));
    }

    @Test
    void theOntologyPageLinksToTheShapes() {
        assertTrue(RunningSite.text(site.get(site.url("def/ns"), Map.of())).contains("href=\"/def/shapes\""));
        assertTrue(RunningSite.text(site.get(site.url("def/ns?lang=en"), Map.of())).contains("href=\"/def/shapes?lang=en\""));
    }

    @Test
    void validatorsGive304AndUnknownFilesAre404() {
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpResponse<byte[]> first = site.get(site.url("def/shapes"), Map.of("Accept", accept));
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<byte[]> again = site.get(site.url("def/shapes"), Map.of("Accept", accept, "If-None-Match", etag));
            assertEquals(304, again.statusCode(), accept);
            assertEquals("0", again.headers().firstValue(CountingStore.HEADER).orElse("0"));
        }
        HttpResponse<byte[]> head = site.send("HEAD", site.url("def/shapes.jsonld"), Map.of());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        for (String unknown : List.of("def/shapes.pdf", "def/shape", "def/shapes/ProjectShape")) {
            assertEquals(404, site.get(site.url(unknown), Map.of()).statusCode(), unknown);
        }
        assertEquals(406, site.get(site.url("def/shapes"), Map.of("Accept", "application/pdf")).statusCode());
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
