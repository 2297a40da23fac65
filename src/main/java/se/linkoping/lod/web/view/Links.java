package se.linkoping.lod.web.view;

import java.net.URI;
import java.util.Locale;

import se.linkoping.lod.model.Iris;

/**
 * Turns IRIs into the links of a page. Our things link straight to their HTML page
 * ({@code /doc/...}, saving the reader the 303), in the reader's language when it is not the default;
 * other IRIs link where they point.
 */
public final class Links {

    private final Iris iris;
    private final PageLanguage lang;

    public Links(Iris iris, PageLanguage lang) {
        this.iris = iris;
        this.lang = lang;
    }

    /** The href of a link to the IRI from one of our pages. */
    public String href(String iri) {
        if (!iris.isLocal(iri)) {
            return iri;
        }
        String relative = iris.relativize(iri);
        if (relative.startsWith(Iris.ID_PATH)) {
            relative = Iris.DOC_PATH + relative.substring(Iris.ID_PATH.length());
        }
        int hash = relative.indexOf('#');
        String path = hash < 0 ? relative : relative.substring(0, hash);
        String fragment = hash < 0 ? "" : relative.substring(hash);
        return page(path) + fragment;
    }

    /** The href of one of our pages, by its path relative to the base, in the reader's language. */
    public String page(String relativePath) {
        return iris.basePath() + relativePath + (lang == PageLanguage.SV ? "" : "?lang=" + lang.tag());
    }

    /** True when the IRI is not one of ours. */
    public boolean isExternal(String iri) {
        return !iris.isLocal(iri);
    }

    /** A short name of the site an external IRI belongs to, e.g. {@code Wikidata} or {@code GeoNames}. */
    public static String source(String iri) {
        String host;
        try {
            host = URI.create(iri).getHost();
        } catch (IllegalArgumentException notAUri) {
            return "";
        }
        if (host == null) {
            return "";
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith("wikidata.org")) {
            return "Wikidata";
        }
        if (h.endsWith("geonames.org")) {
            return "GeoNames";
        }
        if (h.endsWith("europa.eu")) {
            return "EU";
        }
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
