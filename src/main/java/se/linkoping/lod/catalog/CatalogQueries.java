package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import se.linkoping.lod.model.Iris;

/**
 * The catalogue's SPARQL queries, read from {@code catalog/*.rq} and parsed against the base.
 */
final class CatalogQueries {

    private CatalogQueries() {
    }

    /** Parses {@code catalog/{name}.rq}. */
    static Query load(String name, Iris iris) {
        return load(name, iris, Map.of());
    }

    /** Parses {@code catalog/{name}.rq} and binds variables to string literals. */
    static Query load(String name, Iris iris, Map<String, String> literals) {
        String resource = "catalog/" + name + ".rq";
        try (InputStream in = CatalogQueries.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + resource);
            }
            Query query = QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), iris.base());
            if (literals.isEmpty()) {
                return query;
            }
            Map<Var, Node> values = new HashMap<>();
            literals.forEach((variable, value) -> values.put(Var.alloc(variable), NodeFactory.createLiteralString(value)));
            return QueryTransformOps.transform(query, values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
