package se.linkoping.lod.web;

import java.util.List;
import java.util.Optional;

import spark.Request;
import spark.Response;

import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.HttpCaching;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.http.Negotiator;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * The HTTP side of a negotiated document at {@code {path}} with variants at {@code {path}.{ext}}:
 * picks the variant (from the extension, else from {@code Accept} with the {@link Negotiator} of the
 * document variants), sets {@code Vary}, {@code Content-Location}, {@code Link}, {@code Content-Type}
 * and the caching headers, and answers 406 and 304 where they apply.
 */
final class Negotiated {

    private static final Negotiator<Variant> VARIANTS = new Negotiator<>(Variant.all(), Variant::mediaType,
            Variant::alsoAccepted);

    private final Site site;

    Negotiated(Site site) {
        this.site = site;
    }

    /**
     * The outcome of negotiation: the variant and the page language, or an answer already given;
     * {@code etag} names the chosen representation (null when none was chosen).
     */
    record Choice(Variant variant, PageLanguage lang, boolean answered, String etag) {
    }

    /**
     * Negotiates a request for the document at {@code documentPath} (relative to the base).
     *
     * @param extension the extension the URL carried, if any
     * @param variantKey extra words for the ETag of the HTML page (e.g. the page of incoming links)
     */
    Choice negotiate(Request request, Response response, String documentPath, Optional<String> extension,
                     String variantKey) {
        Optional<Variant> variant = extension.isPresent()
                ? Variant.byExtension(extension.get())
                : VARIANTS.choose(request.headers("Accept"));
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));

        response.header("Link", linkHeader(documentPath));
        if (extension.isEmpty()) {
            response.header("Vary", "Accept, Accept-Language");
        } else if (variant.isPresent() && variant.get().isHtml()) {
            response.header("Vary", "Accept-Language");
        }
        if (variant.isEmpty()) {
            if (extension.isPresent()) {
                throw HttpError.notFound("No format with the extension ." + extension.get());
            }
            site.errors().answer(request, response, new HttpError(406,
                    "Not acceptable. Available: " + VARIANTS.offeredTypes(), documentPath));
            return new Choice(null, lang, true, null);
        }
        Variant chosen = variant.get();
        if (extension.isEmpty()) {
            response.header("Content-Location", href(documentPath, chosen));
        }
        String key = chosen.extension() + (chosen.isHtml() ? "-" + lang.tag() + variantKey : "");
        HttpCaching caching = HttpCaching.of(site.store().version(), key);
        if (Conditional.notModified(request, response, caching)) {
            response.body("");
            return new Choice(chosen, lang, true, caching.etag());
        }
        response.type(chosen.contentType());
        return new Choice(chosen, lang, false, caching.etag());
    }

    /** The URL of one variant of a document. */
    String href(String documentPath, Variant variant) {
        return site.basePath() + documentPath + "." + variant.extension();
    }

    /** The alternates of a document, for the HTML head and the format list. */
    List<PageFrame.Alternate> alternates(String documentPath) {
        return Variant.all().stream().filter(v -> !v.isHtml())
                .map(v -> new PageFrame.Alternate(v.mediaType(), href(documentPath, v), v.rdf().orElseThrow().lang().getLabel()))
                .toList();
    }

    private String linkHeader(String documentPath) {
        StringBuilder header = new StringBuilder(512);
        for (Variant v : Variant.all()) {
            if (header.length() > 0) {
                header.append(", ");
            }
            header.append('<').append(site.basePath()).append(documentPath).append('.').append(v.extension())
                    .append(">; rel=\"alternate\"; type=\"").append(v.mediaType()).append('"');
        }
        return header.toString();
    }
}
