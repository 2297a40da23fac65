package se.linkoping.lod.web;

import java.util.List;

import spark.servlet.SparkApplication;

/**
 * The web layer as one SparkJava application, run in servlet (filter) mode inside the server: it
 * registers the error answers, then its route groups, handing each the site's shared objects; what
 * each serves lives in that group. The static files (the style sheet, the query page's scripts) are
 * served by the server in front of it.
 */
public final class WebApp implements SparkApplication {

    private final Site site;
    private final List<RouteGroup> groups;

    public WebApp(Site site, List<RouteGroup> groups) {
        this.site = site;
        this.groups = List.copyOf(groups);
    }

    /** A web app that serves nothing (every path is SparkJava's plain 404), for a server of SPARQL alone. */
    public static WebApp empty() {
        return new WebApp(null, List.of());
    }

    /** The shared objects the groups are registered with. */
    public Site site() {
        return site;
    }

    @Override
    public void init() {
        if (site != null) {
            site.errors().register();
            groups.forEach(group -> group.register(site));
        }
    }
}
