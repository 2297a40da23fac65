package se.linkoping.lod.web.view;

/**
 * One value on a page: a literal, or a link to a resource (ours or elsewhere).
 *
 * @param text     what is shown
 * @param href     where it links, or null for a literal
 * @param external true when the link leaves this site (Wikidata, GeoNames, ...)
 * @param source   for external links, the name of the site (e.g. {@code Wikidata}), else {@code ""}
 */
public record Value(Text text, String href, boolean external, String source) {

    /** A literal value. */
    public static Value literal(Text text) {
        return new Value(text, null, false, "");
    }

    /** True when the value is a link. */
    public boolean isLink() {
        return href != null;
    }
}
