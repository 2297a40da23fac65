package se.linkoping.lod.web.view;

import org.apache.jena.rdf.model.Literal;

/**
 * A piece of text from the data with its language tag ({@code ""} when it has none), so a page can
 * mark text in the other language with a {@code lang} attribute.
 *
 * @param value the text
 * @param lang  its BCP 47 language tag, or {@code ""}
 */
public record Text(String value, String lang) {

    /** Text without a language. */
    public static Text plain(String value) {
        return new Text(value, "");
    }

    /** The lexical form and language of a literal. */
    public static Text of(Literal literal) {
        return new Text(literal.getLexicalForm(), literal.getLanguage());
    }

    /** True when the text is tagged with a language other than the page's. */
    public boolean differsFrom(String pageLang) {
        return !lang.isEmpty() && !lang.equalsIgnoreCase(pageLang);
    }
}
