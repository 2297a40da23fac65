package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.metrics.ServerMetrics;
import se.linkoping.lod.testing.RunningSite;

/**
 * A kept document is never served once the data has changed: after a staff write, an upload and a
 * reload, the next request shows the new data, not the kept one: the data version changes with the write.
 */
class KeptResponsesAfterWritesTest {

    private static final ServerMetrics METRICS = ServerMetrics.create();

    @RegisterExtension
    static final RunningSite site = RunningSite.admin().operations(new Operations(Optional.of(METRICS),
            Optional.empty(), () -> true, Duration.ofSeconds(5)));

    @AfterAll
    static void closeMetrics() {
        METRICS.close();
    }

    @Test
    void aStaffWriteIsShownInsteadOfTheKeptPage() {
        String page = site.url("doc/project/fristad-linkoping");
        assertFalse(keptThenAgain(page).contains("Fristaden"));

        int status = site.update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "INSERT DATA { <id/project/fristad-linkoping> skos:altLabel \"Fristaden\"@sv }").statusCode();
        assertEquals(200, status);
        assertTrue(html(page).contains("Fristaden"), "the page shows the written label as soon as it is written");
        assertTrue(keptThenAgain(page).contains("Fristaden"), "and the new page is the one kept");
    }

    @Test
    void anUploadAndAReloadAreShownInsteadOfTheKeptPage() throws Exception {
        String page = site.url("doc/scheme/themes");
        assertFalse(keptThenAgain(page).contains("Uppladdat tema"));

        int uploaded = site.upload("uploaded.ttl", """
                        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                        @prefix prov: <http://www.w3.org/ns/prov#> .
                        <id/theme/uploaded-theme> a skos:Concept ;
                            skos:prefLabel "Uppladdat tema"@sv , "Uploaded theme"@en ;
                            skos:inScheme <id/scheme/themes> ;
                            prov:wasDerivedFrom <id/document/eu-projekt-inom-kultur> .
                        """).statusCode();
        assertEquals(200, uploaded);
        assertTrue(html(page).contains("Uppladdat tema"), "the page lists the uploaded theme as soon as it is loaded");
        assertTrue(keptThenAgain(page).contains("Uppladdat tema"));

        Files.delete(site.dataFolder.resolve("uploaded.ttl"));
        int reloaded = site.reload().statusCode();
        assertEquals(200, reloaded);
        assertFalse(html(page).contains("Uppladdat tema"), "the reloaded page no longer lists it");
    }

    /** The page asked for twice, the second time answered from the kept responses. */
    private static String keptThenAgain(String page) {
        html(page);
        double before = kept();
        String again = html(page);
        assertEquals(before + 1, kept(), "answered from the kept responses");
        return again;
    }

    private static String html(String page) {
        var response = site.get(page, Map.of("Accept", "text/html"));
        assertEquals(200, response.statusCode(), page);
        return RunningSite.text(response);
    }


    private static double kept() {
        String prefix = "lod_kept_responses_total ";
        return METRICS.scrape().lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(prefix.length()).trim())).findFirst().orElse(0);
    }
}
