package se.linkoping.lod.bench;

import spark.Spark;

import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;

/**
 * The benchmark's yardstick, in the benchmark's server only: {@code GET /bench/hello} answers a
 * constant text, so that its requests per second are the most this SparkJava-in-Jetty stack can do.
 */
final class HelloRoutes implements RouteGroup {

    static final String PATH = "/bench/hello";

    @Override
    public void register(Site site) {
        Spark.get(PATH, (request, response) -> {
            response.type("text/plain; charset=utf-8");
            return "hello\n";
        });
    }
}
