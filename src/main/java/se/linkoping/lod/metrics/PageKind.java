package se.linkoping.lod.metrics;

/** The kinds of page the metrics tell apart, by the path asked for. */
public enum PageKind {
    HOME("home"), LIST("list"), RESOURCE("resource"), VOCABULARY("vocabulary"), CATALOGUE("catalogue"),
    DUMP("dump"), SITEMAP("sitemap"), QUERY_PAGE("query"), SPARQL("sparql"), STATIC("static"), HEALTH("health"),
    ADMIN("admin"), OTHER("other");

    private final String label;

    PageKind(String label) {
        this.label = label;
    }

    /** The label in the metrics. */
    public String label() {
        return label;
    }

    /** The kind of the page at {@code path} (the path without query string). */
    public static PageKind of(String path) {
        if (path == null || path.equals("/")) {
            return HOME;
        }
        if (path.startsWith("/sparql")) {
            return SPARQL;
        }
        if (path.startsWith("/id/") || path.startsWith("/doc/")) {
            return RESOURCE;
        }
        if (path.startsWith("/def/") || path.equals("/context.jsonld")) {
            return VOCABULARY;
        }
        if (path.startsWith("/datasets/") || path.startsWith("/.well-known/void")) {
            return CATALOGUE;
        }
        if (path.startsWith("/dumps/")) {
            return DUMP;
        }
        if (path.equals("/sitemap.xml") || path.equals("/robots.txt")) {
            return SITEMAP;
        }
        if (path.equals("/query")) {
            return QUERY_PAGE;
        }
        if (path.equals("/health") || path.equals("/ready")) {
            return HEALTH;
        }
        if (path.startsWith("/admin/")) {
            return ADMIN;
        }
        if (path.equals("/projects") || path.equals("/networks") || path.equals("/towns")
                || path.equals("/organizations")) {
            return LIST;
        }
        if (path.endsWith(".css") || path.endsWith(".js") || path.endsWith(".svg") || path.endsWith(".png")
                || path.endsWith(".ico") || path.endsWith(".txt")) {
            return STATIC;
        }
        return OTHER;
    }
}
