package se.linkoping.lod.web;

import java.util.List;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * What the layout around every page needs: language and its switch, navigation, the alternate
 * formats, the licence and the date of the data.
 *
 * @param lang         the page's language tag
 * @param otherLang    the tag of the other language
 * @param title        the page's title (without the site name)
 * @param basePath     the path of the base, ending in {@code /}
 * @param section      the navigation entry the page belongs to ({@code home}, {@code projects}, ...)
 * @param switchHref   the same page in the other language
 * @param alternates   the page's other formats (RDF), for {@code <link rel=alternate>} and the format list
 * @param schemaOrg    schema.org JSON-LD for the head, already safe inside a script element, or null
 * @param modified     the date the data was loaded, for people
 * @param modifiedIso  the same date, ISO 8601, for {@code <time datetime>}
 */
public record PageFrame(String lang, String otherLang, String title, String basePath, String section,
                        String switchHref, List<Alternate> alternates, String schemaOrg,
                        String modified, String modifiedIso) {

    /** The licence of the data and of every document. */
    public static final String LICENSE = "http://creativecommons.org/publicdomain/zero/1.0/";

    /**
     * One other format of the page.
     *
     * @param type  its media type
     * @param href  its URL
     * @param label its short name for people, e.g. {@code Turtle}
     */
    public record Alternate(String type, String href, String label) {
    }

    /** The frame of a page. */
    public static PageFrame of(PageLanguage lang, String title, String basePath, String section, String switchHref,
                               List<Alternate> alternates, String schemaOrg, DataVersion version) {
        return new PageFrame(lang.tag(), lang.other().tag(), title, basePath, section, switchHref,
                List.copyOf(alternates), schemaOrg, PageDates.date(version.modified(), lang),
                PageDates.isoDate(version.modified()));
    }

    /** The licence's URL. */
    public String license() {
        return LICENSE;
    }
}
