package se.linkoping.lod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.Namespaces;

/**
 * The curated JSON-LD context of our documents, published at {@code {base}context.jsonld}.
 *
 * <p>It lives in {@code jsonld/context.jsonld} on the class path (short names for the terms we use,
 * language maps for labels); its prefixes are added here from the one table of them,
 * {@link Namespaces}. They also serve Turtle and the HTML pages.
 */
public final class JsonLdContext {

    /** The path of the context, relative to the base. */
    public static final String PATH = "context.jsonld";

    private static final String RESOURCE = "jsonld/context.jsonld";

    private final JsonObject document;
    private final String url;

    public JsonLdContext(Iris iris) {
        JsonObject curated = read().getJsonObject("@context");
        JsonObjectBuilder context = Json.createObjectBuilder().add("@version", curated.get("@version"));
        Namespaces.map().forEach(context::add);
        context.addAll(Json.createObjectBuilder(curated));
        this.document = Json.createObjectBuilder().add("@context", context).build();
        this.url = iris.resolve(PATH);
    }

    /** The whole context document, {@code {"@context": {...}}}. */
    public JsonObject document() {
        return document;
    }

    /** Where the context is published. */
    public String url() {
        return url;
    }

    /** The prefixes the context defines (every term whose value is a namespace ending in / or #). */
    public Map<String, String> prefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        document.getJsonObject("@context").forEach((term, value) -> {
            if (value instanceof JsonString namespace && !term.startsWith("@")) {
                String iri = namespace.getString();
                if (iri.endsWith("/") || iri.endsWith("#")) {
                    prefixes.put(term, iri);
                }
            }
        });
        return prefixes;
    }

    private static JsonObject read() {
        try (InputStream in = JsonLdContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No JSON-LD context " + RESOURCE + " on the class path");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON-LD context " + RESOURCE, e);
        }
    }
}
