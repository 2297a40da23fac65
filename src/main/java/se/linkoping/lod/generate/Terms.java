package se.linkoping.lod.generate;

import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** The standard terms the generated data uses, as nodes (our own {@code lkp:} terms come from the base). */
final class Terms {

    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SCHEMA = "http://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    static final String GEO = "http://www.opengis.net/ont/geosparql#";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String FRAPO = "http://purl.org/cerif/frapo/";

    static final Node TYPE = RDF.type.asNode();
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();
    static final Node IN_SCHEME = SKOS.inScheme.asNode();
    static final Node TOP_CONCEPT_OF = SKOS.topConceptOf.asNode();
    static final Node HAS_TOP_CONCEPT = SKOS.hasTopConcept.asNode();
    static final Node CONCEPT = SKOS.Concept.asNode();
    static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    static final Node TITLE = DCTerms.title.asNode();
    static final Node DESCRIPTION = DCTerms.description.asNode();
    static final Node MODIFIED = DCTerms.modified.asNode();
    static final Node PUBLISHER = DCTerms.publisher.asNode();
    static final Node LICENSE = DCTerms.license.asNode();
    static final Node SOURCE = DCTerms.source.asNode();
    static final Node SUBJECT = DCTerms.subject.asNode();
    static final Node RELATION = DCTerms.relation.asNode();
    static final Node HAS_PART = DCTerms.hasPart.asNode();
    static final Node IS_PART_OF = DCTerms.isPartOf.asNode();
    static final Node LOCATION = DCTerms.Location.asNode();
    static final Node SAME_AS = OWL.sameAs.asNode();
    static final Node FOAF_NAME = FOAF.name.asNode();
    static final Node FOAF_AGENT = FOAF.Agent.asNode();
    static final Node FOAF_ORGANIZATION = FOAF.Organization.asNode();
    static final Node FOAF_PERSON = FOAF.Person.asNode();
    static final Node FOAF_PROJECT = FOAF.Project.asNode();
    static final Node FOAF_DOCUMENT = FOAF.Document.asNode();
    static final Node GIVEN_NAME = FOAF.givenName.asNode();
    static final Node FAMILY_NAME = FOAF.familyName.asNode();

    static final Node ORGANIZATION = org("Organization");
    static final Node FORMAL_ORGANIZATION = org("FormalOrganization");
    static final Node ORGANIZATIONAL_UNIT = org("OrganizationalUnit");
    static final Node COLLABORATION = org("OrganizationalCollaboration");
    static final Node MEMBERSHIP = org("Membership");
    static final Node POST = org("Post");
    static final Node HAS_UNIT = org("hasUnit");
    static final Node UNIT_OF = org("unitOf");
    static final Node HAS_MEMBERSHIP = org("hasMembership");
    static final Node MEMBER = org("member");
    static final Node MEMBER_ORGANIZATION = org("organization");
    static final Node PURPOSE = org("purpose");
    static final Node POST_IN = org("postIn");
    static final Node HELD_BY = org("heldBy");
    static final Node HOLDS = org("holds");

    static final Node CITY = schema("City");
    static final Node COUNTRY = schema("Country");
    static final Node PLACE = schema("Place");
    static final Node SCHEMA_PROJECT = schema("Project");
    static final Node WEB_PAGE = schema("WebPage");
    static final Node GOVERNMENT_ORGANIZATION = schema("GovernmentOrganization");
    static final Node CONTACT_POINT_TYPE = schema("ContactPoint");
    static final Node CONTAINED_IN_PLACE = schema("containedInPlace");
    static final Node CONTACT_POINT = schema("contactPoint");
    static final Node IS_BASED_ON = schema("isBasedOn");

    static final Node PROV_ENTITY = uri(PROV + "Entity");
    static final Node PLAN = uri(PROV + "Plan");
    static final Node DERIVED_FROM = uri(PROV + "wasDerivedFrom");

    static final Node VCARD_KIND = uri(VCARD + "Kind");
    static final Node VCARD_INDIVIDUAL = uri(VCARD + "Individual");
    static final Node VCARD_TITLE = uri(VCARD + "title");
    static final Node VCARD_FN = uri(VCARD + "fn");
    static final Node VCARD_TELEPHONE = uri(VCARD + "hasTelephone");

    static final Node GEO_FEATURE = uri(GEO + "Feature");
    static final Node GEO_GEOMETRY = uri(GEO + "Geometry");
    static final Node SF_POINT = uri("http://www.opengis.net/ont/sf#Point");
    static final Node HAS_GEOMETRY = uri(GEO + "hasGeometry");
    static final Node AS_WKT = uri(GEO + "asWKT");
    static final Node VOID_DATASET = uri(VOID + "Dataset");
    static final Node DCAT_DATASET = uri(DCAT + "Dataset");
    static final Node FUNDING_PROGRAMME = uri(FRAPO + "FundingProgramme");

    static final Node CC0 = uri("http://creativecommons.org/publicdomain/zero/1.0/");

    private Terms() {
    }

    /** A WKT point, longitude before latitude, as GeoSPARQL's {@code geo:wktLiteral}. */
    static Node point(double longitude, double latitude) {
        return NodeFactory.createLiteralDT(String.format(Locale.ROOT, "POINT(%.5f %.5f)", longitude, latitude),
                NodeFactory.getType(GEO + "wktLiteral"));
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node org(String localName) {
        return uri(ORG + localName);
    }

    private static Node schema(String localName) {
        return uri(SCHEMA + localName);
    }
}
