package se.linkoping.lod.web.query;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/** Renders the query page's HTML from its model with the Pebble template {@code query/page.peb}. */
public final class QueryPageTemplate {

    private static final String TEMPLATE = "query/page.peb";

    private final PebbleTemplate template;

    public QueryPageTemplate() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        this.template = new PebbleEngine.Builder().loader(loader).autoEscaping(true).build().getTemplate(TEMPLATE);
    }

    /** The page as HTML, in the given language. */
    public String render(QueryPage.Rendering page, PageLanguage language) {
        StringWriter html = new StringWriter();
        try {
            template.evaluate(html, page.model(), language.locale());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + TEMPLATE, e);
        }
        return html.toString();
    }
}
