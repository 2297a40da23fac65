package se.linkoping.lod.web.view;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page: Swedish by default, English when the reader asks for it, either with
 * {@code ?lang=en} (the switch on every page) or with an {@code Accept-Language} that accepts no Swedish.
 */
public enum PageLanguage {
    SV("sv"),
    EN("en");

    private static final List<String> TAGS = List.of("sv", "en");

    private final String tag;

    PageLanguage(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, {@code sv} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The other language, for the language switch. */
    public PageLanguage other() {
        return this == SV ? EN : SV;
    }

    /** The locale for templates and messages. */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /**
     * The language of a page from the {@code lang} query parameter, else from the
     * {@code Accept-Language} header (Swedish when it accepts Swedish before English, English for any
     * other language), else Swedish.
     */
    public static PageLanguage choose(String langParameter, String acceptLanguage) {
        if (langParameter != null) {
            for (PageLanguage language : values()) {
                if (language.tag.equalsIgnoreCase(langParameter.trim())) {
                    return language;
                }
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), TAGS);
                return "sv".equals(tag) ? SV : EN;
            } catch (IllegalArgumentException malformed) {
                return SV;
            }
        }
        return SV;
    }
}
