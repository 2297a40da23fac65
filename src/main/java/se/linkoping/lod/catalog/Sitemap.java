package se.linkoping.lod.catalog;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.query.ResultSet;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.store.Store;
import org.apache.jena.graph.NodeFactory;

/**
 * The sitemap: the fixed HTML pages and one document page for every thing under {@code {base}id/}.
 */
public final class Sitemap {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final Iris iris;
    private final List<String> fixedPages;

    /** @param fixedPages the site's own HTML pages, relative to the base, in the order they are listed */
    public Sitemap(Iris iris, List<String> fixedPages) {
        this.iris = iris;
        this.fixedPages = List.copyOf(fixedPages);
    }

    /** Every page's absolute address, the fixed pages first. */
    public List<String> pages(Store store) {
        ResultSet things = store.select(new QueryLibrary("catalog", iris).get("sitemap-things",
                Map.of("uriSpace", NodeFactory.createLiteralString(iris.resolve(Iris.ID_PATH)))));
        List<String> thingIris = new ArrayList<>();
        things.forEachRemaining(row -> thingIris.add(row.getResource("thing").getURI()));
        List<String> pages = new ArrayList<>();
        fixedPages.forEach(page -> pages.add(iris.resolve(page)));
        pages.addAll(documentPages(iris, thingIris));
        return pages;
    }

    /** The document page of each thing ({@code id/...} to {@code doc/...}, fragment dropped), without repeats. */
    static List<String> documentPages(Iris iris, List<String> thingIris) {
        String idSpace = iris.resolve(Iris.ID_PATH);
        String docSpace = iris.resolve(Iris.DOC_PATH);
        Set<String> pages = new LinkedHashSet<>();
        for (String thing : thingIris) {
            int hash = thing.indexOf('#');
            String withoutFragment = hash < 0 ? thing : thing.substring(0, hash);
            if (withoutFragment.startsWith(idSpace) && withoutFragment.length() > idSpace.length()) {
                pages.add(docSpace + withoutFragment.substring(idSpace.length()));
            }
        }
        return List.copyOf(pages);
    }

    /** Writes a sitemap of these pages, all last modified at the same time. */
    public static void write(List<String> pages, Instant lastModified, OutputStream out) {
        String lastmod = lastModified.truncatedTo(ChronoUnit.SECONDS).toString();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (String page : pages) {
                xml.writeStartElement("url");
                element(xml, "loc", URI.create(page).toASCIIString());
                element(xml, "lastmod", lastmod);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the sitemap of " + pages.size() + " pages", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
