package se.linkoping.lod.web.query;

import java.util.List;
import java.util.Locale;

/** The languages the query page is written in: Swedish by default, English on request. */
public enum PageLanguage {
    SV, EN;

    private static final List<String> TAGS = List.of("sv", "en");

    /** The language's tag, as used in {@code ?lang=} and {@code <html lang>}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /**
     * Chooses the page's language: an explicit {@code lang} parameter wins, then the best match in the
     * {@code Accept-Language} header, then Swedish.
     *
     * @param langParameter  the {@code lang} query parameter, or null
     * @param acceptLanguage the {@code Accept-Language} header, or null
     */
    public static PageLanguage choose(String langParameter, String acceptLanguage) {
        if (langParameter != null && TAGS.contains(langParameter.toLowerCase(Locale.ROOT))) {
            return valueOf(langParameter.toUpperCase(Locale.ROOT));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
                if (tag != null) {
                    return valueOf(tag.toUpperCase(Locale.ROOT));
                }
            } catch (IllegalArgumentException malformed) {
                return SV;
            }
        }
        return SV;
    }
}
