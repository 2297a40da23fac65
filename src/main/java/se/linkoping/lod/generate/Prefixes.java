package se.linkoping.lod.generate;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

import se.linkoping.lod.model.Iris;

/** The prefixes of the generated data, for syntaxes that use them (Turtle); N-Triples ignores them. */
final class Prefixes {

    private Prefixes() {
    }

    static void declare(StreamRDF out, Iris iris) {
        out.prefix("lkp", iris.ontologyNamespace());
        out.prefix("rdf", RDF.getURI());
        out.prefix("xsd", XSD.getURI());
        out.prefix("owl", OWL.getURI());
        out.prefix("dct", DCTerms.getURI());
        out.prefix("skos", SKOS.getURI());
        out.prefix("foaf", FOAF.getURI());
        out.prefix("org", Terms.ORG);
        out.prefix("schema", Terms.SCHEMA);
        out.prefix("prov", Terms.PROV);
        out.prefix("vcard", Terms.VCARD);
        out.prefix("geo", Terms.GEO);
    }
}
