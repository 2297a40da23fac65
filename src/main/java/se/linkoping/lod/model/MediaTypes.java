package se.linkoping.lod.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/**
 * The one table of the RDF formats this publisher reads and writes, built on Jena's own
 * {@link Lang} and {@link RDFFormat} registry.
 *
 * <p>Each {@link Format} knows its media type and file extension (both from Jena), the writer
 * format used to serve it, and the IRIs a catalogue uses to name it. Content negotiation, the
 * {@code Link}/{@code Content-Location} headers, document writing and dumps all read this table.
 */
public final class MediaTypes {

    /** The media type of HTML pages, negotiated next to the RDF formats. */
    public static final String HTML = "text/html";
    /** The file extension of HTML pages. */
    public static final String HTML_EXTENSION = "html";

    private static final String EU_FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    private static final String IANA_MEDIA_TYPE = "https://www.iana.org/assignments/media-types/";

    /**
     * One RDF format.
     *
     * @param lang       Jena's language, which gives the media type and file extension
     * @param writer     the Jena writer format used to serve it
     * @param euFileType the code of the format in the EU file-type authority table
     * @param alsoAccepted other media types a client may ask for it by, such as {@code application/json}
     *                     for JSON-LD (which is JSON)
     */
    public record Format(Lang lang, RDFFormat writer, String euFileType, List<String> alsoAccepted) {

        public Format {
            alsoAccepted = List.copyOf(alsoAccepted);
        }

        /** A format asked for by its own media type alone. */
        public Format(Lang lang, RDFFormat writer, String euFileType) {
            this(lang, writer, euFileType, List.of());
        }

        /** The media type, e.g. {@code text/turtle}. */
        public String mediaType() {
            return lang.getContentType().getContentTypeStr();
        }

        /** The preferred file extension, without the dot, e.g. {@code ttl}. */
        public String extension() {
            return lang.getFileExtensions().get(0);
        }

        /** The value of a {@code Content-Type} header, with the UTF-8 charset. */
        public String contentType() {
            return mediaType() + "; charset=utf-8";
        }

        /** The format's IRI in the EU file-type authority table (for {@code dct:format}). */
        public String euFileTypeIri() {
            return EU_FILE_TYPE + euFileType;
        }

        /** The media type's IRI at IANA (for {@code dcat:mediaType}). */
        public String ianaIri() {
            return IANA_MEDIA_TYPE + mediaType();
        }
    }

    /** Turtle. */
    public static final Format TURTLE = new Format(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "RDF_TURTLE");
    /** JSON-LD (documents are compacted with the published context). */
    public static final Format JSONLD = new Format(Lang.JSONLD, RDFFormat.JSONLD11, "JSON_LD", List.of("application/json"));
    /** RDF/XML. */
    public static final Format RDFXML = new Format(Lang.RDFXML, RDFFormat.RDFXML_PRETTY, "RDF_XML");
    /** N-Triples. */
    public static final Format NTRIPLES = new Format(Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, "RDF_N_TRIPLES");
    /** N-Quads (dumps of several graphs). */
    public static final Format NQUADS = new Format(Lang.NQUADS, RDFFormat.NQUADS_UTF8, "RDF_N_QUADS");
    /** TriG (dumps of several graphs). */
    public static final Format TRIG = new Format(Lang.TRIG, RDFFormat.TRIG_PRETTY, "RDF_TRIG");

    private static final List<Format> DOCUMENT_FORMATS = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);
    private static final List<Format> ALL = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES, NQUADS, TRIG);

    private MediaTypes() {
    }

    /** The formats every linked-data document is served in, in order of preference after HTML. */
    public static List<Format> documentFormats() {
        return DOCUMENT_FORMATS;
    }

    /** Every format in the table, including the dataset formats N-Quads and TriG. */
    public static List<Format> all() {
        return ALL;
    }

    /** The document format with this file extension (without the dot), if any. */
    public static Optional<Format> byExtension(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.lang().getFileExtensions().contains(ext)).findFirst();
    }

    /** The format for a media type (any of Jena's names for it, parameters ignored), if any. */
    public static Optional<Format> byMediaType(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(ContentType.create(mediaType).getContentTypeStr());
        return ALL.stream().filter(f -> f.lang().equals(lang)).findFirst();
    }

    /** The format of a file, judged by its name (Jena ignores a compression suffix such as {@code .gz}), if any. */
    public static Optional<Format> byFileName(String fileName) {
        Lang lang = RDFLanguages.filenameToLang(fileName);
        return ALL.stream().filter(f -> f.lang().equals(lang)).findFirst();
    }
}
