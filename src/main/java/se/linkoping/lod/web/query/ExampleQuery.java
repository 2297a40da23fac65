package se.linkoping.lod.web.query;

import se.linkoping.lod.web.view.PageLanguage;

/**
 * One example query of the gallery.
 *
 * @param slug       the file name without {@code .rq}, e.g. {@code 01-projects}; the example's permalink key
 * @param titleSv    the Swedish title
 * @param titleEn    the English title
 * @param commentSv  what the example shows, in Swedish (may be empty)
 * @param commentEn  the same in English (empty when the Swedish one is)
 * @param text       the query with every IRI absolute, ready to run against any copy of the data
 * @param graphShape true for CONSTRUCT and DESCRIBE (an RDF graph), false for SELECT and ASK (results)
 */
public record ExampleQuery(String slug, String titleSv, String titleEn, String commentSv, String commentEn, String text,
                           boolean graphShape) {

    /** The title in the page's language. */
    public String title(PageLanguage language) {
        return language == PageLanguage.EN ? titleEn : titleSv;
    }

    /** What the example shows, in the page's language (may be empty). */
    public String comment(PageLanguage language) {
        return language == PageLanguage.EN ? commentEn : commentSv;
    }
}
