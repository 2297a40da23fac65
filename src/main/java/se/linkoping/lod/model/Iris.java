package se.linkoping.lod.model;

import java.net.URI;

/**
 * The IRIs the publisher mints, all under one configurable base.
 *
 * <p>Data files, shapes and example queries are written with IRIs relative to the base
 * ({@code <id/project/x>}, {@code <def/ns#Project>}); they are resolved against the base when they
 * are parsed, so the same files serve on a laptop and in production.
 */
public final class Iris {

    /** Things: {@code id/{type}/{slug}}. */
    public static final String ID_PATH = "id/";
    /** Documents about things: {@code doc/{type}/{slug}}. */
    public static final String DOC_PATH = "doc/";
    /** The ontology namespace, relative to the base (hash IRIs). */
    public static final String ONTOLOGY_PATH = "def/ns";
    /** The SPARQL endpoint, relative to the base. */
    public static final String SPARQL_PATH = "sparql";
    /** The IRI of the dataset as a whole, relative to the base. */
    public static final String DATASET_PATH = "id/dataset/main";

    private final String base;
    private final String basePath;

    public Iris(String base) {
        URI uri = URI.create(base);
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("The base must be an absolute http(s) IRI with a host: " + base);
        }
        this.base = base.endsWith("/") ? base : base + "/";
        this.basePath = URI.create(this.base).getRawPath();
    }

    /** The base, always ending in a slash. */
    public String base() {
        return base;
    }

    /** The path of the base on the server, ending in a slash (usually just {@code /}): routes are mounted under it. */
    public String basePath() {
        return basePath;
    }

    /** The ontology's namespace, ending in {@code #}. */
    public String ontologyNamespace() {
        return base + ONTOLOGY_PATH + "#";
    }

    /** The ontology document's IRI. */
    public String ontology() {
        return base + ONTOLOGY_PATH;
    }

    /** The IRI of the dataset as a whole. */
    public String dataset() {
        return base + DATASET_PATH;
    }

    /** Resolves a path relative to the base. */
    public String resolve(String relative) {
        return base + (relative.startsWith("/") ? relative.substring(1) : relative);
    }

    /** True when the IRI is one this publisher mints (it lies under the base). */
    public boolean isLocal(String iri) {
        return iri.startsWith(base);
    }

    /** The path of a local IRI relative to the base, or the IRI itself when it is not local. */
    public String relativize(String iri) {
        return isLocal(iri) ? iri.substring(base.length()) : iri;
    }
}
