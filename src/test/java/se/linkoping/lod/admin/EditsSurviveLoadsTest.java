package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * The files are the base and the staff's edits a layer over them: an edit made through {@code /admin/*}
 * is still served after a reload, an upload and a change to a data file followed by a reload; an edit
 * a changed file contradicts is reported as a conflict, and the file's version is served.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditsSurviveLoadsTest {

    private static final String NOTE = "<id/project/art4rights> skos:scopeNote \"Kept across reloads\"@en";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    @Order(1)
    void anEditSurvivesAReloadAnUploadAndAChangedDataFile() throws Exception {
        assertEquals(200, site.update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> INSERT DATA { " + NOTE + " }")
                .statusCode());
        assertTrue(site.holds(NOTE));

        assertEquals(200, site.reload().statusCode());
        assertTrue(site.holds(NOTE), "the edit is served after a reload");

        HttpResponse<String> upload = site.upload("extra.ttl", """
                        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                        <id/programme/cerv> skos:altLabel "CERV-programmet"@sv .
                        """);
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(site.holds(NOTE), "the edit is served after an upload");
        assertTrue(site.holds("<id/programme/cerv> skos:altLabel \"CERV-programmet\"@sv"));

        Files.writeString(site.dataFolder.resolve("concepts.ttl"), """

                <id/programme/erasmus-plus> skos:altLabel "Erasmusprogrammet"@sv .
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(200, site.reload().statusCode());
        assertTrue(site.holds(NOTE), "the edit is served after a data file changed");
        assertTrue(site.holds("<id/programme/erasmus-plus> skos:altLabel \"Erasmusprogrammet\"@sv"),
                "and so is the file's change");
        assertEquals(List.of(), new Conflicts(site.changeLog.folder()).current());
    }

    @Test
    @Order(2)
    void anEditAChangedFileContradictsIsReportedAndTheFileIsServed() throws Exception {
        String update = """
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                DELETE DATA { <id/project/art4rights> skos:prefLabel "Art4Rights"@en } ;
                INSERT DATA { <id/project/art4rights> skos:prefLabel "Art for Rights"@en }
                """;
        HttpResponse<String> edit = site.update(update);
        assertEquals(200, edit.statusCode(), edit.body());
        assertTrue(site.holds("<id/project/art4rights> skos:prefLabel \"Art for Rights\"@en"));

        Path projects = site.dataFolder.resolve("projects.ttl");
        Files.writeString(projects, Files.readString(projects).replace(
                "skos:prefLabel \"Art4Rights\"@sv , \"Art4Rights\"@en", "skos:prefLabel \"Art4Rights\"@sv , \"Art 4 Rights\"@en"));
        HttpResponse<String> reload = site.reload();
        assertEquals(200, reload.statusCode(), reload.body());

        assertTrue(site.holds("<id/project/art4rights> skos:prefLabel \"Art 4 Rights\"@en"), "the file's change is served");
        assertFalse(site.holds("<id/project/art4rights> skos:prefLabel \"Art for Rights\"@en"));
        assertTrue(site.holds(NOTE), "the edits that do not conflict are still served");
        List<Conflicts.Conflict> conflicts = new Conflicts(site.changeLog.folder()).current();
        assertEquals(1, conflicts.size(), conflicts.toString());
        Conflicts.Conflict conflict = conflicts.get(0);
        assertEquals(RunningSite.USER, conflict.creator());
        assertTrue(conflict.reason().contains("no longer hold"), conflict.reason());
        assertTrue(conflict.triples().get(0).contains("\"Art4Rights\"@en"), conflict.triples().toString());
        assertTrue(Files.exists(site.changeLog.folder().resolve(conflict.change())), "the edit stays in the change log");
    }

    @Test
    @Order(3)
    void anEditTheShapesRefuseOverChangedFilesIsAConflictAndTheOthersStay() throws Exception {
        HttpResponse<String> edit = site.update("PREFIX lkp: <https://w3id.org/lkp/def/ns#> "
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "INSERT DATA { <id/project/art4rights> lkp:endedIn \"2026\"^^xsd:gYear }");
        assertEquals(200, edit.statusCode(), edit.body());
        Path projects = site.dataFolder.resolve("projects.ttl");
        Files.writeString(projects, Files.readString(projects).replace("<id/project/art4rights> a lkp:InternationalProject",
                "<id/project/art4rights> lkp:endedIn \"2025\"^^xsd:gYear .\n<id/project/art4rights> a lkp:InternationalProject"));
        HttpResponse<String> reload = site.reload();
        assertEquals(200, reload.statusCode(), reload.body());

        String ended = "<id/project/art4rights> <https://w3id.org/lkp/def/ns#endedIn> ";
        assertTrue(site.holds(ended + "\"2025\"^^<http://www.w3.org/2001/XMLSchema#gYear>"), "the file's end is served");
        assertFalse(site.holds(ended + "\"2026\"^^<http://www.w3.org/2001/XMLSchema#gYear>"));
        assertTrue(site.holds(NOTE), "the edits the shapes accept are still served");
        List<Conflicts.Conflict> conflicts = new Conflicts(site.changeLog.folder()).current();
        assertEquals(2, conflicts.size(), conflicts.toString());
        assertTrue(conflicts.get(1).reason().contains("the shapes refuse it"), conflicts.get(1).reason());
    }
}
