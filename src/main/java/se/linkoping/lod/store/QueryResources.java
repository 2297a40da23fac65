package se.linkoping.lod.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

import se.linkoping.lod.model.Iris;

/** Reads the store's own {@code .rq} files, which lie beside its classes, resolved against the base. */
final class QueryResources {

    private QueryResources() {
    }

    /** The query in the named resource of this package, its relative IRIs resolved against the base. */
    static Query load(String name, Iris iris) {
        try (InputStream in = QueryResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + QueryResources.class.getName());
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8), iris.base());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
    }
}
