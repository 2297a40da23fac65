package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * How to cite the data, through the real server: the open-data page links BibTeX, RIS and CSL-JSON
 * downloads naming the publisher, title, version, date and address; documents name what to cite in a
 * {@code Link} with {@code rel="cite-as"} (RFC 8574).
 */
class CitationTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @Test
    void theCitationDownloadsNameThePublisherTitleVersionDateAndAddress() {
        String version = site.store.version().digest();
        HttpResponse<String> bibtex = site.get("cite.bib", "*/*");
        assertEquals(200, bibtex.statusCode());
        assertTrue(bibtex.headers().firstValue("Content-Type").orElse("").startsWith("application/x-bibtex"));
        for (String field : List.of("@misc{", "author    = \"{Linköpings kommun}\"", "version   = \"" + version + "\"",
                "url       = \"" + site.iris.dataset() + "\"", "title     = \"")) {
            assertTrue(bibtex.body().contains(field), field + " in\n" + bibtex.body());
        }
        assertTrue(bibtex.body().trim().endsWith("}"), bibtex.body());

        HttpResponse<String> ris = site.get("cite.ris", "*/*");
        assertEquals(200, ris.statusCode());
        List<String> lines = ris.body().lines().toList();
        assertEquals("TY  - DATA", lines.get(0));
        assertTrue(lines.contains("ET  - " + version), ris.body());
        assertTrue(lines.contains("UR  - " + site.iris.dataset()));
        assertEquals("ER  -", lines.get(lines.size() - 1).trim());

        HttpResponse<String> csl = site.get("cite.json", "*/*");
        assertEquals(200, csl.statusCode());
        JsonArray items = Json.createReader(new StringReader(csl.body())).readArray();
        JsonObject item = items.getJsonObject(0);
        assertEquals("dataset", item.getString("type"));
        assertEquals(version, item.getString("version"));
        assertEquals("Linköpings kommun", item.getJsonArray("author").getJsonObject(0).getString("literal"));
        assertTrue(!item.getString("title").isBlank());
        assertEquals(3, item.getJsonObject("issued").getJsonArray("date-parts").getJsonArray(0).size());

        String page = site.get("open-data", "text/html").body();
        for (String download : List.of("cite.bib", "cite.ris", "cite.json")) {
            assertTrue(page.contains("href=\"/" + download + "\""), download);
        }
    }

    @Test
    void aDocumentNamesTheThingToCite() {
        HttpResponse<String> document = site.get("doc/project/fristad-linkoping", "text/turtle");
        assertEquals(200, document.statusCode());
        assertTrue(document.headers().allValues("Link").stream().anyMatch(link ->
                link.equals("<" + site.url("id/project/fristad-linkoping") + ">; rel=\"cite-as\"")),
                document.headers().allValues("Link").toString());
    }
}
