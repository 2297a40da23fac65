package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import se.linkoping.lod.model.Iris;

/** The sitemap's pages and XML, without a server. */
class SitemapTest {

    private static final Iris IRIS = new Iris("https://lod.example.se/");

    @Test
    void everyThingGetsItsDocumentPageOnceAndHashIrisShareTheirDocument() {
        List<String> pages = Sitemap.documentPages(IRIS, List.of(
                IRIS.resolve("id/project/art4rights"),
                IRIS.resolve("id/project/art4rights#activity"),
                IRIS.resolve("id/town/tonsberg"),
                IRIS.resolve("id/")));

        assertEquals(List.of(IRIS.resolve("doc/project/art4rights"), IRIS.resolve("doc/town/tonsberg")), pages);
    }

    @Test
    void writesASitemapThatAnXmlParserReadsBackWithEscapedAddresses() throws Exception {
        List<String> pages = List.of(IRIS.resolve("projects?lang=en&page=2"), IRIS.resolve("doc/town/tønsberg"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sitemap.write(pages, Instant.parse("2024-03-01T10:15:30.5Z"), out);

        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("&amp;page=2"), xml);
        Document document = DocumentBuilderFactory.newNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", document.getDocumentElement().getNamespaceURI());
        assertEquals(IRIS.resolve("projects?lang=en&page=2"),
                document.getElementsByTagNameNS("*", "loc").item(0).getTextContent());
        assertEquals(IRIS.resolve("doc/town/t%C3%B8nsberg"),
                document.getElementsByTagNameNS("*", "loc").item(1).getTextContent());
        assertEquals("2024-03-01T10:15:30Z", document.getElementsByTagNameNS("*", "lastmod").item(0).getTextContent());
    }
}
