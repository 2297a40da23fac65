package se.linkoping.lod.catalog;

import java.util.Optional;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;

import se.linkoping.lod.model.MediaTypes;

/**
 * The formats the dumps are written in: three rows of {@link MediaTypes}, one of them gzipped, each
 * with the Jena writer that writes its files. N-Triples and Turtle are written as the triples stream
 * by; JSON-LD needs the whole graph in memory.
 */
public enum DumpFormat {

    /** N-Triples, gzipped: the format for bulk loaders. */
    N_TRIPLES_GZIP(MediaTypes.NTRIPLES, true, RDFFormat.NTRIPLES_UTF8),
    /** Turtle, readable: each subject's triples in one block. */
    TURTLE(MediaTypes.TURTLE, false, RDFFormat.TURTLE_BLOCKS),
    /** JSON-LD, for web developers. */
    JSON_LD(MediaTypes.JSONLD, false, MediaTypes.JSONLD.writer());

    private static final String GZIP = "application/gzip";
    private static final String GZIP_EXTENSION = ".gz";

    private final MediaTypes.Format format;
    private final boolean gzipped;
    private final RDFFormat writer;

    DumpFormat(MediaTypes.Format format, boolean gzipped, RDFFormat writer) {
        this.format = format;
        this.gzipped = gzipped;
        this.writer = writer;
    }

    /** The file name of a dump with this stem, e.g. {@code all.nt.gz}. */
    public String fileName(String stem) {
        return stem + "." + format.extension() + (gzipped ? GZIP_EXTENSION : "");
    }

    /** A key naming the format in IRIs, e.g. {@code nt-gz}. */
    public String key() {
        return fileName("").substring(1).replace('.', '-');
    }

    /** The Jena writer format of the files. */
    public RDFFormat rdfFormat() {
        return writer;
    }

    /** True when Jena writes the format from a stream of triples, without the whole graph in memory. */
    public boolean streamed() {
        return StreamRDFWriter.registered(writer);
    }

    /** True when the file is gzip-compressed. */
    public boolean gzipped() {
        return gzipped;
    }

    /** The name of the syntax, e.g. {@code Turtle}. */
    public String label() {
        return format.lang().getLabel();
    }

    /** The HTTP {@code Content-Type} of the file. */
    public String contentType() {
        return gzipped ? GZIP : format.contentType();
    }

    /** The EU file-type IRI of the syntax ({@code dct:format}). */
    public String fileTypeIri() {
        return format.euFileTypeIri();
    }

    /** The IANA media-type IRI of the syntax ({@code dcat:mediaType}). */
    public String mediaTypeIri() {
        return format.ianaIri();
    }

    /** The IANA media-type IRI of the compression ({@code dcat:compressFormat}), if compressed. */
    public Optional<String> compressFormatIri() {
        return gzipped ? Optional.of(EuVocabularies.ianaMediaType(GZIP)) : Optional.empty();
    }
}
