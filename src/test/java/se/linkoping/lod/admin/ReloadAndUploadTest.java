package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.testing.RunningSite;

/**
 * Uploads and reloads switch the served data under the running server, through the loader (all or
 * nothing); a refused upload leaves both the data folder and the served data as they were.
 */
class ReloadAndUploadTest {

    private static final String NEW_CONCEPT = """
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix prov: <http://www.w3.org/ns/prov#> .
            <id/theme/uploaded-theme> a skos:Concept ;
                skos:prefLabel "Uppladdat tema"@sv , "Uploaded theme"@en ;
                skos:inScheme <id/scheme/themes> ;
                prov:wasDerivedFrom <id/document/eu-projekt-inom-kultur> .
            """;

    @TempDir
    static Path folder;

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void aRefusedUploadChangesNothingAndAnAcceptedOneIsServedAtOnce() throws Exception {
        long before = site.triples();
        HttpResponse<String> broken = site.upload("broken.ttl", "<id/theme/x> a <http://www.w3.org/2004/02/skos/core#Concept> .");
        assertEquals(422, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("id/theme/x"), broken.body());
        assertFalse(Files.exists(site.dataFolder.resolve("broken.ttl")), "the refused file is not kept");
        HttpResponse<String> garbage = site.upload("garbage.ttl", "@prefix : <");
        assertEquals(422, garbage.statusCode(), garbage.body());
        assertEquals(400, site.upload("..%2F..%2Fevil.ttl", NEW_CONCEPT).statusCode());
        assertEquals(400, site.upload("notes.txt", NEW_CONCEPT).statusCode());
        assertEquals(before, site.triples());
        assertFalse(uploadedThemeServed());

        HttpResponse<String> accepted = site.upload("uploaded.ttl", NEW_CONCEPT);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertTrue(Files.exists(site.dataFolder.resolve("uploaded.ttl")));
        assertTrue(uploadedThemeServed(), "the SPARQL endpoint serves the new data");
        assertEquals(200, site.get("doc/theme/uploaded-theme", "text/html").statusCode(), "so do the pages");

        Files.delete(site.dataFolder.resolve("uploaded.ttl"));
        HttpResponse<String> reload = site.reload();
        assertEquals(200, reload.statusCode(), reload.body());
        assertFalse(uploadedThemeServed(), "the reload serves the files as they are");
        assertEquals(before, site.triples());
    }

    /** Whether the SPARQL endpoint serves the uploaded theme. */
    private static boolean uploadedThemeServed() {
        String ask = "ASK { <" + site.url("id/theme/uploaded-theme") + "> ?p ?o }";
        HttpResponse<String> response = site.send(HttpRequest.newBuilder(URI.create(site.url("sparql") + "?query="
                + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json"));
        assertEquals(200, response.statusCode(), response.body());
        return response.body().contains("true");
    }
}
