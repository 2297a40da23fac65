package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.testing.RunningSite;

/**
 * The forms follow the shapes without a change to the code: a property shape added to (a copy of) the
 * shapes is a field of the form after a reload. And a conflict between an edit and a changed data file
 * is reported on the history page.
 */
class ShapesDriveTheEditorTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    private final StaffBrowser browser = new StaffBrowser(site);

    @Test
    void aNewPropertyShapeIsANewFieldOfTheForm() throws Exception {
        String session = browser.signIn();
        assertFalse(browser.get("staff/things/town/kaunas?lang=en", session).body().contains("Twinned since"));
        Path shapes = site.folder.resolve("ontology/shapes.ttl");
        Files.writeString(shapes, Files.readString(shapes).replace("lkps:TownShape a sh:NodeShape ;", """
                lkps:TownShape a sh:NodeShape ;
                    sh:property [
                        sh:path <https://w3id.org/lkp/def/ns#twinnedSince> ; sh:maxCount 1 ; sh:datatype xsd:gYear ;
                        sh:name "vänort sedan"@sv , "Twinned since"@en ;
                        sh:description "The year the towns were twinned."@en ] ;
                """));
        assertEquals(200, reload().statusCode());
        String form = browser.get("staff/things/town/kaunas?lang=en", session).body();
        assertTrue(form.contains("<legend>Twinned since"), form);
        assertTrue(form.contains("The year the towns were twinned."), form);
        assertTrue(browser.get("staff/things/town/kaunas?lang=sv", session).body().contains("<legend>vänort sedan"));
    }

    @Test
    void aConflictIsReportedOnTheHistoryPage() throws Exception {
        String session = browser.signIn();
        HttpResponse<String> edit = site.send(HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                        DELETE DATA { <id/programme/cerv> skos:prefLabel "CERV"@en } ;
                        INSERT DATA { <id/programme/cerv> skos:prefLabel "CERV programme"@en }
                        """)));
        assertEquals(200, edit.statusCode(), edit.body());
        Path concepts = site.dataFolder.resolve("concepts.ttl");
        Files.writeString(concepts, Files.readString(concepts).replace("skos:prefLabel \"CERV\"@sv , \"CERV\"@en",
                "skos:prefLabel \"CERV\"@sv , \"Citizens, Equality, Rights and Values\"@en"));
        assertEquals(200, reload().statusCode());
        String history = browser.get("staff/history?lang=en", session).body();
        assertTrue(history.contains("Conflicts with the data files"), history);
        assertTrue(history.contains("the files no longer hold 1 of the 1 triple(s) it removed"), history);
        assertTrue(history.contains("&quot;CERV&quot;@en"), history);
        assertTrue(browser.get("staff/things/programme/cerv/history?lang=en", session).body()
                .contains("Conflicts with the data files"), "and on the thing's own history");
    }

    private static HttpResponse<String> reload() {
        return site.send(HttpRequest.newBuilder(URI.create(site.url("admin/reload")))
                .header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD))
                .header(AdminRoutes.REQUESTED_BY, "test")
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
