package se.linkoping.lod.store;

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
 * The SPARQL queries of one part of the publisher, read from {@code queries/{group}/{name}.rq} on the
 * class path ({@code store}, {@code catalog}, {@code web}) and parsed once against the base, so that
 * relative IRIs in them ({@code <id/dataset/main>}) name ours. Each call
 * hands out a fresh copy with its variables bound, for the caller to change (limit, offset) at will.
 */
public final class QueryLibrary {

    private static final String ROOT = "queries/";

    private final String folder;
    private final Iris iris;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /**
     * @param group the folder under {@code queries/}
     * @param iris  the base the queries' relative IRIs are resolved against
     */
    public QueryLibrary(String group, Iris iris) {
        this.folder = ROOT + group + "/";
        this.iris = iris;
    }

    /** A fresh copy of the named query (the file name without {@code .rq}). */
    public Query get(String name) {
        return get(name, Map.of());
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

    /** The named query as written, comments and all: for people to read and run. */
    public String text(String name) {
        return texts.computeIfAbsent(name, this::read);
    }

    private Query load(String name) {
        return QueryFactory.create(text(name), iris.base());
    }

    private String read(String name) {
        String path = folder + name + ".rq";
        try (InputStream in = QueryLibrary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No query " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query " + path, e);
        }
    }
}
