package se.linkoping.lod.web.query;

import se.linkoping.lod.web.view.PageLanguage;

/**
 * One example query of the gallery.
 *
 * @param slug       the file name without {@code .rq}, e.g. {@code 01-projects}; the example's permalink key
 * @param titleSv    the Swedish title
 * @param titleEn    the English title
 * @param comment    what the example shows, as written under the titles (may be empty)
 * @param text       the query with every IRI absolute, ready to run against any copy of the data
 * @param graphShape true for CONSTRUCT and DESCRIBE (an RDF graph), false for SELECT and ASK (results)
 */
public record ExampleQuery(String slug, String titleSv, String titleEn, String comment, String text,
                           boolean graphShape) {

    /** The title in the page's language. */
    public String title(PageLanguage language) {
        return language == PageLanguage.EN ? titleEn : titleSv;
    }
}
