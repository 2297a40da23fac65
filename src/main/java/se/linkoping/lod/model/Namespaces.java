package se.linkoping.lod.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes of the vocabularies the data uses, ours ({@code lkp:}, {@code lkps:}) and the standard
 * ones, in one table: the SPARQL endpoint knows them without {@code PREFIX} lines, the query page lists
 * them, the JSON-LD context and the RDF documents are written with them.
 */
public final class Namespaces {

    private static final Map<String, String> NAMESPACES = ordered(
            "lkp", Iris.VOCABULARY_ROOT + Iris.ONTOLOGY_PATH + "#",
            "lkps", Iris.VOCABULARY_ROOT + Iris.SHAPES_PATH + "#",
            "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs", "http://www.w3.org/2000/01/rdf-schema#",
            "owl", "http://www.w3.org/2002/07/owl#",
            "xsd", "http://www.w3.org/2001/XMLSchema#",
            "dct", "http://purl.org/dc/terms/",
            "dcat", "http://www.w3.org/ns/dcat#",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "org", "http://www.w3.org/ns/org#",
            "skos", "http://www.w3.org/2004/02/skos/core#",
            "schema", "http://schema.org/",
            "vcard", "http://www.w3.org/2006/vcard/ns#",
            "void", "http://rdfs.org/ns/void#",
            "prov", "http://www.w3.org/ns/prov#",
            "time", "http://www.w3.org/2006/time#",
            "frapo", "http://purl.org/cerif/frapo/",
            "geo", "http://www.opengis.net/ont/geosparql#",
            "sh", "http://www.w3.org/ns/shacl#",
            "vann", "http://purl.org/vocab/vann/",
            "cv", "http://data.europa.eu/m8g/",
            "wd", "http://www.wikidata.org/entity/",
            "wdt", "http://www.wikidata.org/prop/direct/",
            "geonames", "https://sws.geonames.org/");

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create().setNsPrefixes(NAMESPACES).lock();

    private Namespaces() {
    }

    /** The prefixes, read-only. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** Prefix to namespace, ours first, then the standard vocabularies. */
    public static Map<String, String> map() {
        return NAMESPACES;
    }

    private static Map<String, String> ordered(String... prefixAndNamespace) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < prefixAndNamespace.length; i += 2) {
            map.put(prefixAndNamespace[i], prefixAndNamespace[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
