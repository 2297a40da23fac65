package se.linkoping.lod.web.query;

import java.util.Arrays;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The formats a query's answer can be downloaded in from the SPARQL endpoint: four for results
 * (SELECT, ASK) and four for graphs (CONSTRUCT, DESCRIBE). The media types come from Jena.
 */
public enum DownloadFormat {
    JSON("JSON", ResultSetLang.RS_JSON, false),
    XML("XML", ResultSetLang.RS_XML, false),
    CSV("CSV", ResultSetLang.RS_CSV, false),
    TSV("TSV", ResultSetLang.RS_TSV, false),
    TURTLE("Turtle", Lang.TURTLE, true),
    JSONLD("JSON-LD", Lang.JSONLD, true),
    RDFXML("RDF/XML", Lang.RDFXML, true),
    NTRIPLES("N-Triples", Lang.NTRIPLES, true);

    private final String label;
    private final Lang lang;
    private final boolean graph;

    DownloadFormat(String label, Lang lang, boolean graph) {
        this.label = label;
        this.lang = lang;
        this.graph = graph;
    }

    /** The name shown to the reader. */
    public String label() {
        return label;
    }

    /** The media type, as the endpoint's {@code format} parameter or an {@code Accept} header. */
    public String mediaType() {
        return lang.getContentType().getContentTypeStr();
    }

    /** True for graph formats (CONSTRUCT, DESCRIBE), false for result formats (SELECT, ASK). */
    public boolean graph() {
        return graph;
    }

    /** The formats for a query of this shape, in display order. */
    public static List<DownloadFormat> forShape(boolean graphShape) {
        return Arrays.stream(values()).filter(f -> f.graph == graphShape).toList();
    }
}
