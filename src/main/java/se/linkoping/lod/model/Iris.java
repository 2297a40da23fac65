package se.linkoping.lod.model;

import java.net.URI;

/**
 * The IRIs the publisher mints, all under one configurable base, and those of the shared vocabulary.
 *
 * <p>Data files and example queries are written with IRIs relative to the base
 * ({@code <id/project/x>}); they are resolved against the base when they are parsed, so the same files
 * serve on a laptop and in production. The ontology and the shapes are not: their namespaces are
 * fixed under {@link #VOCABULARY_ROOT}, the same for every publisher and every base, so that a query
 * written against one deployment runs on any other. Each deployment serves them at the same paths
 * under its own base ({@code def/ns}, {@code def/shapes}), and the persistent root redirects there.
 */
public final class Iris {

    /** Things: {@code id/{type}/{slug}}. */
    public static final String ID_PATH = "id/";
    /** Documents about things: {@code doc/{type}/{slug}}. */
    public static final String DOC_PATH = "doc/";
    /**
     * The persistent root of the vocabulary: the ontology is {@code {root}def/ns} (terms
     * {@code {root}def/ns#Term}), the shapes {@code {root}def/shapes}; the paths under it are those
     * each deployment serves them at under its base.
     */
    public static final String VOCABULARY_ROOT = "https://w3id.org/lkp/";
    /** The path of the ontology document, under the vocabulary's root and under the base (hash IRIs). */
    public static final String ONTOLOGY_PATH = "def/ns";
    /** The path of the shapes document, under the vocabulary's root and under the base (hash IRIs). */
    public static final String SHAPES_PATH = "def/shapes";
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

    /** The ontology's namespace, ending in {@code #}: fixed, whatever the base. */
    public String ontologyNamespace() {
        return ontology() + "#";
    }

    /** The ontology document's IRI: fixed, whatever the base. */
    public String ontology() {
        return VOCABULARY_ROOT + ONTOLOGY_PATH;
    }

    /** The shapes document's IRI: fixed, whatever the base. */
    public String shapes() {
        return VOCABULARY_ROOT + SHAPES_PATH;
    }

    /** The IRI of the dataset as a whole. */
    public String dataset() {
        return base + DATASET_PATH;
    }

    /** Resolves a path relative to the base. */
    public String resolve(String relative) {
        return base + (relative.startsWith("/") ? relative.substring(1) : relative);
    }

    /**
     * True when this server answers for the IRI: it lies under the base, or it is a term of the
     * vocabulary (served under the base at the same path).
     */
    public boolean isLocal(String iri) {
        return iri.startsWith(base) || isVocabulary(iri);
    }

    /** True when the IRI lies under the vocabulary's persistent root. */
    public boolean isVocabulary(String iri) {
        return iri.startsWith(VOCABULARY_ROOT);
    }

    /**
     * The path of a local IRI relative to the base (for a vocabulary term, relative to the vocabulary's
     * root, which is the path it is served at), or the IRI itself when it is not local.
     */
    public String relativize(String iri) {
        if (isVocabulary(iri)) {
            return iri.substring(VOCABULARY_ROOT.length());
        }
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    /** Where this deployment serves a local IRI ({@code {base}def/ns#Term} for a term); other IRIs as they are. */
    public String served(String iri) {
        return isLocal(iri) ? base + relativize(iri) : iri;
    }
}
