package se.linkoping.lod.web;

import java.util.List;

import spark.servlet.SparkApplication;

/**
 * The web layer as one SparkJava application, run in servlet (filter) mode inside the server: it
 * registers its route groups; what each serves lives in that group. The static files (the style
 * sheet, the query page's scripts) are served by the server in front of it.
 */
public final class WebApp implements SparkApplication {

    private final List<Routes> groups;

    public WebApp(List<Routes> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public void init() {
        groups.forEach(Routes::register);
    }
}
