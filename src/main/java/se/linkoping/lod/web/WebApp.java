package se.linkoping.lod.web;

import java.util.List;

import spark.Spark;
import spark.servlet.SparkApplication;
import spark.staticfiles.StaticFilesConfiguration;

/**
 * The web layer as one SparkJava application, run in servlet (filter) mode inside the server.
 * It serves {@code static/} on the class path at the site's root (the style sheet {@code /site.css},
 * the query page's scripts) and registers its route groups; what each serves lives in that group.
 *
 * <p>The static files are SparkJava's setting, one for the whole JVM: set here, once per start, and
 * cleared when the application stops, so the next server in the same JVM sets it afresh.
 */
public final class WebApp implements SparkApplication {

    /** The class-path folder served at the site's root. */
    private static final String STATIC_FILES = "/static";

    private final List<Routes> groups;

    public WebApp(List<Routes> groups) {
        this.groups = List.copyOf(groups);
    }

    @Override
    public void init() {
        Spark.staticFiles.location(STATIC_FILES);
        groups.forEach(Routes::register);
    }

    @Override
    public void destroy() {
        StaticFilesConfiguration.servletInstance.clear();
    }
}
