package se.linkoping.lod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.model.MediaTypes.Format;

/**
 * One representation of a linked-data document: the HTML page or one of the RDF formats of
 * {@link MediaTypes#documentFormats()}.
 *
 * @param mediaType the media type served
 * @param extension the file extension of the format-specific URL, without the dot
 * @param rdf       the RDF format, empty for the HTML page
 */
public record Variant(String mediaType, String extension, Optional<Format> rdf) {

    /** The HTML page. */
    public static final Variant HTML = new Variant(MediaTypes.HTML, MediaTypes.HTML_EXTENSION, Optional.empty());

    /** Every variant, made once from the media-type table. */
    private static final List<Variant> ALL = variants();

    /** Every variant a document is offered in: HTML first (the default), then the RDF formats. */
    public static List<Variant> all() {
        return ALL;
    }

    private static List<Variant> variants() {
        List<Variant> variants = new ArrayList<>();
        variants.add(HTML);
        MediaTypes.documentFormats().forEach(f -> variants.add(of(f)));
        return List.copyOf(variants);
    }

    /** The variant of an RDF format. */
    public static Variant of(Format format) {
        return new Variant(format.mediaType(), format.extension(), Optional.of(format));
    }

    /** The variant served at a URL ending in this extension, if any. */
    public static Optional<Variant> byExtension(String extension) {
        return all().stream().filter(v -> v.extension().equals(extension)).findFirst();
    }

    /** Other media types that ask for this variant ({@code application/json} for JSON-LD). */
    public List<String> alsoAccepted() {
        return rdf.map(Format::alsoAccepted).orElse(List.of());
    }

    /** True for the HTML page. */
    public boolean isHtml() {
        return rdf.isEmpty();
    }

    /** The value of the {@code Content-Type} header. */
    public String contentType() {
        return mediaType + "; charset=utf-8";
    }
}
