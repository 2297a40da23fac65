package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * Versions of the dataset through the real server: each version's dumps stay at
 * {@code /dumps/v/{version}/} and answer with that version's data; the catalogue names the current
 * version and describes the kept ones, still valid DCAT-AP; the endpoint and the query page say which
 * version answered.
 */
class DataVersionsTest {

    private static final String LABEL = "Versionens etikett";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void anOldVersionsDumpAnswersWithThatVersionsDataAndTheCatalogueDescribesTheVersions() throws Exception {
        String first = currentVersion();
        Graph before = dumpOf("dumps/all.nt.gz");

        HttpResponse<String> write = site.update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "INSERT DATA { <id/project/fristad-linkoping> skos:altLabel \"" + LABEL + "\"@sv }");
        assertEquals(200, write.statusCode(), write.body());
        String second = currentVersion();
        assertFalse(first.equals(second));

        Graph old = dumpOf("dumps/v/" + first + "/all.nt.gz");
        assertTrue(old.isIsomorphicWith(before), "the old version's dump holds the old data");
        assertFalse(holdsLabel(old));
        assertTrue(holdsLabel(dumpOf("dumps/v/" + second + "/all.nt.gz")));
        HttpResponse<byte[]> kept = site.get(site.url("dumps/v/" + first + "/all.nt.gz"), Map.of());
        assertTrue(kept.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
        assertEquals(404, site.get(site.url("dumps/v/0000/all.nt.gz"), Map.of()).statusCode());
        assertEquals(404, site.get(site.url("dumps/v/" + first + "/nothing.nt"), Map.of()).statusCode());

        Model catalog = catalogOf(second);
        Resource dataset = catalog.getResource(site.iris.dataset());
        assertEquals(second, dataset.getProperty(catalog.createProperty(DCAT.NS + "version")).getString());
        List<Resource> versions = dataset.listProperties(catalog.createProperty(DCAT.NS + "hasVersion"))
                .mapWith(s -> s.getResource()).toList();
        assertEquals(2, versions.size(), "both versions are kept");
        Resource newest = versions.stream().filter(v -> v.getURI().endsWith(second)).findFirst().orElseThrow();
        String notes = newest.listProperties(catalog.createProperty("http://www.w3.org/ns/adms#versionNotes"))
                .mapWith(s -> s.getLiteral()).filterKeep(l -> l.getLanguage().equals("en")).next().getString();
        assertTrue(notes.contains("update, 1 triple(s) added"), notes);
        assertFalse(notes.contains(RunningSite.USER), "the public notes name no staff");
        assertEquals(List.of(), DcatApValidator.violations(catalog));

        String query = URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> answer = site.get("sparql?query=" + query, "application/sparql-results+json");
        assertEquals(200, answer.statusCode());
        assertEquals(second, answer.headers().firstValue("Data-Version").orElse(""), "the endpoint names its version");
        assertEquals(second, site.get("query", "text/html").headers().firstValue("Data-Version").orElse(""));
    }

    /** The catalogue once it describes this version (the server reads its version anew every few seconds). */
    private static Model catalogOf(String version) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Model catalog = ModelFactory.createDefaultModel();
            RDFParser.fromString(site.get("datasets/dcat", "text/turtle").body(), Lang.TURTLE).parse(catalog);
            if (catalog.contains(catalog.getResource(site.iris.dataset()), catalog.createProperty(DCAT.NS + "version"),
                    version) || attempt == 80) {
                return catalog;
            }
            Thread.sleep(250);
        }
    }

    private static String currentVersion() {
        return site.get("sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+json").headers().firstValue("Data-Version").orElseThrow();
    }

    private static boolean holdsLabel(Graph graph) {
        return graph.contains(NodeFactory.createURI(site.url("id/project/fristad-linkoping")),
                NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#altLabel"),
                NodeFactory.createLiteralLang(LABEL, "sv"));
    }

    /** A dump, once written. */
    private static Graph dumpOf(String path) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            HttpResponse<byte[]> answer = site.get(site.url(path), Map.of());
            if (answer.statusCode() == 200) {
                Graph graph = GraphFactory.createDefaultGraph();
                RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(answer.body()))).lang(Lang.NTRIPLES)
                        .parse(graph);
                return graph;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " was not there in 30 s");
    }
}
