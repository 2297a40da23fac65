package se.linkoping.lod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.linkoping.lod.model.Iris;

/**
 * The SPARQL queries of the web pages, read from {@code queries/web/*.rq} on the class path and
 * parsed once against the base, so relative IRIs in them ({@code <def/ns#Project>}) name our terms.
 */
public final class WebQueries {

    private static final String FOLDER = "queries/web/";

    private final Iris iris;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    public WebQueries(Iris iris) {
        this.iris = iris;
    }

    /**
     * A fresh copy of the named query with variables bound.
     *
     * @param name     the file name without {@code .rq}
     * @param bindings variables (without {@code ?}) and the nodes they stand for
     */
    public Query get(String name, Map<String, Node> bindings) {
        Query template = parsed.computeIfAbsent(name, this::load);
        Map<Var, Node> vars = new HashMap<>();
        bindings.forEach((variable, node) -> vars.put(Var.alloc(variable), node));
        return QueryTransformOps.replaceVars(template, vars);
    }

    private Query load(String name) {
        String path = FOLDER + name + ".rq";
        try (InputStream in = WebQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No query " + path + " on the class path");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), iris.base());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query " + path, e);
        }
    }
}
