package se.linkoping.lod.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.testing.RunningSite;

/**
 * The text index follows the staff's writes at once: a SPARQL Update adding or deleting a name, a
 * Graph Store PUT replacing the whole default graph (whose removed values must leave the index too),
 * and an upload and a reload, which build a new database with its own index.
 */
class SearchAfterWritesTest {

    private static final String PROJECT = "<id/project/fristad-linkoping>";
    private static final String SKOS_PREFIX = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @RegisterExtension
    static final RunningSite SITE = RunningSite.admin();

    @Test
    void anUpdateIsSearchableAtOnceAndADeletionLeavesTheIndex() {
        String etag = etag("search?q=zanzibarprojekten");
        assertFalse(finds("zanzibarprojekten", "id/project/fristad-linkoping"));

        assertEquals(200, SITE.update(SKOS_PREFIX + "INSERT DATA { " + PROJECT
                + " skos:altLabel \"Zanzibarprojektet\"@sv }").statusCode());
        assertTrue(finds("zanzibarprojekten", "id/project/fristad-linkoping"), "an inflection of the new name");
        assertTrue(finds("ZANZIBARPROJEKTET", "id/project/fristad-linkoping"));
        assertNotEquals(etag, etag("search?q=zanzibarprojekten"), "a new version, a new ETag, at once");

        assertEquals(200, SITE.update(SKOS_PREFIX + "DELETE DATA { " + PROJECT
                + " skos:altLabel \"Zanzibarprojektet\"@sv }").statusCode());
        assertFalse(finds("zanzibarprojektet", "id/project/fristad-linkoping"), "the deleted name is gone");
        assertTrue(finds("Fristad", "id/project/fristad-linkoping"), "the other names stay");
    }

    @Test
    void aGraphStorePutReplacesTheIndexedValues() {
        assertEquals(200, SITE.update(SKOS_PREFIX + "INSERT DATA { " + PROJECT
                + " skos:altLabel \"Okapiprojektet\"@sv }").statusCode());
        assertTrue(finds("okapiprojektet", "id/project/fristad-linkoping"));

        Graph replaced = GraphFactory.createDefaultGraph();
        Txn.executeRead(SITE.dataset, () -> SITE.dataset.getDefaultGraph().find().forEach(replaced::add));
        org.apache.jena.graph.Node project = NodeFactory.createURI(SITE.url("id/project/fristad-linkoping"));
        replaced.delete(Triple.create(project, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Okapiprojektet", "sv")));
        replaced.add(Triple.create(project, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Quokkaprojektet", "sv")));
        StringWriter body = new StringWriter();
        RDFDataMgr.write(body, replaced, Lang.NTRIPLES);
        HttpResponse<String> put = write(HttpRequest.newBuilder(URI.create(SITE.url("admin/data?default")))
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
        assertEquals(200, put.statusCode(), put.body());

        assertFalse(finds("okapiprojektet", "id/project/fristad-linkoping"), "the replaced value left the index");
        assertTrue(finds("quokkaprojektet", "id/project/fristad-linkoping"), "the new value is in it");
        assertTrue(finds("Tonsberg", "id/town/tonsberg"), "the values the PUT kept are in it once more");
        assertEquals(1, SearchHttpTest.json(SITE, "search?format=json&q=Tonsberg&type=town").getInt("total"));
    }

    @Test
    void anUploadAndAReloadAreSearchableAtOnce() throws Exception {
        HttpResponse<String> upload = SITE.upload("search-theme.ttl", """
                        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                        @prefix prov: <http://www.w3.org/ns/prov#> .
                        <id/theme/search-theme> a skos:Concept ;
                            skos:prefLabel "Sökbara fyrtorn"@sv , "Searchable lighthouses"@en ;
                            skos:inScheme <id/scheme/themes> ;
                            prov:wasDerivedFrom <id/document/eu-projekt-inom-kultur> .
                        """);
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(finds("fyrtornen", "id/theme/search-theme"), "Swedish inflection of the uploaded name");
        assertTrue(finds("lighthouse", "id/theme/search-theme"), "English inflection of the uploaded name");

        Files.delete(SITE.dataFolder.resolve("search-theme.ttl"));
        HttpResponse<String> reload = SITE.reload();
        assertEquals(200, reload.statusCode(), reload.body());
        assertFalse(finds("lighthouse", "id/theme/search-theme"), "the reloaded data no longer has it");
        assertTrue(finds("KAUNAS", "id/town/kaunas"));
    }

    private static boolean finds(String q, String thing) {
        return SearchHttpTest.found(SITE, q, "").contains(SITE.url(thing));
    }


    private static String etag(String relative) {
        return SITE.get(relative, "text/html").headers().firstValue("ETag").orElseThrow();
    }


    private static HttpResponse<String> write(HttpRequest.Builder request) {
        return SITE.send(request.header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD))
                .header(AdminRoutes.REQUESTED_BY, "test"));
    }
}
