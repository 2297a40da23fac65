package se.linkoping.lod.web;

import java.util.List;

import spark.servlet.SparkApplication;

/**
 * The web layer as one SparkJava application, run in servlet (filter) mode inside the server.
 * It only registers its route groups; what each serves lives in that group.
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
