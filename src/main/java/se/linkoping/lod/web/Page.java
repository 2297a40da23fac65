package se.linkoping.lod.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One address of the site, declared once in the {@link Pages} registry, with everything derived from
 * it: the navigation entry, the section it highlights, the sitemap, the start check, the printed list
 * of URLs, and the kinds of things whose pages belong to its section.
 *
 * @param name       its name: the key of its navigation link and of its list query ({@code list-{name}.rq})
 * @param path       its path relative to the base ({@code ""} for the home page)
 * @param section    the navigation entry its pages highlight ({@code ""} for none)
 * @param kind       what serves it: {@link Kind#LIST} pages are served from the registry alone
 * @param label      the message key of its name for people ({@code nav.{name}}), or null when it has no
 *                   navigation entry
 * @param sitemap    true when it is listed in the sitemap
 * @param check      what the start check asks of it, or empty when it is not checked
 * @param printed    what it is, for the URLs printed at start, or null when it is not printed
 * @param endpoint   true when it exists only with the embedded SPARQL endpoint
 * @param things     the kinds of things ({@code id/{kind}/...}) whose pages belong to its section
 */
public record Page(String name, String path, String section, Kind kind, String label, boolean sitemap,
                   Optional<Check> check, String printed, boolean endpoint, Map<String, Thing> things) {

    /**
     * A kind of thing, as its pages show it.
     *
     * @param schemaType    its schema.org type, in the head of its pages for search engines
     * @param keyProperties the properties its page shows first, in order: IRIs
     */
    public record Thing(String schemaType, List<String> keyProperties) {

        public Thing {
            keyProperties = List.copyOf(keyProperties);
        }
    }

    /** What serves a page. */
    public enum Kind {
        /** A paged list of things, one query ({@code queries/web/list-{name}.rq}) and the list template. */
        LIST,
        /** A page or document served by its own route group. */
        OTHER
    }

    /**
     * One request of the start check.
     *
     * @param path   the path asked for, relative to the base
     * @param accept the media type asked for
     * @param what   what the answer is, for the check's report
     */
    public record Check(String path, String accept, String what) {
    }

    public Page {
        things = Map.copyOf(things);
    }

    /** A list page at {@code {name}}: in the navigation and the sitemap, its own section. */
    public static Page list(String name, Map<String, Thing> things) {
        return new Page(name, name, name, Kind.LIST, "nav." + name, true, Optional.empty(), null, false, things);
    }

    /** An address served by a route group of its own, in no navigation, sitemap, check or list. */
    public static Page other(String name, String path) {
        return new Page(name, path, "", Kind.OTHER, null, false, Optional.empty(), null, false, Map.of());
    }

    /** The same, in this section of the navigation. */
    public Page inSection(String section) {
        return new Page(name, path, section, kind, label, sitemap, check, printed, endpoint, things);
    }

    /** The same, with a navigation link named by the message {@code nav.{name}}. */
    public Page navigation() {
        return new Page(name, path, section, kind, "nav." + name, sitemap, check, printed, endpoint, things);
    }

    /** The same, listed in the sitemap. */
    public Page inSitemap() {
        return new Page(name, path, section, kind, label, true, check, printed, endpoint, things);
    }

    /** The same, asked for by the start check at its path with this {@code Accept}. */
    public Page checked(String accept, String what) {
        return checked(new Check(path, accept, what));
    }

    /** The same, asked for by the start check with this request. */
    public Page checked(Check request) {
        return new Page(name, path, section, kind, label, sitemap, Optional.of(request), printed, endpoint, things);
    }

    /** The same, printed at start with this description. */
    public Page printed(String what) {
        return new Page(name, path, section, kind, label, sitemap, check, what, endpoint, things);
    }

    /** The same, there only with the embedded SPARQL endpoint. */
    public Page withEndpointOnly() {
        return new Page(name, path, section, kind, label, sitemap, check, printed, true, things);
    }

    /** The same, with the kinds of things whose pages belong to its section. */
    public Page things(Map<String, Thing> kinds) {
        return new Page(name, path, section, kind, label, sitemap, check, printed, endpoint, kinds);
    }

    /** True when it has a navigation link. */
    public boolean inNavigation() {
        return label != null;
    }
}
