package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;

/** The catalogue as built from its inputs, without a server: DCAT-AP-SE rules and stable identifiers. */
class CatalogBuilderTest {

    private static final Iris IRIS = new Iris("https://lod.example.se/");
    private static final DataVersion VERSION = new DataVersion("abc123", Instant.parse("2024-03-01T10:15:30.123Z"));
    private static final CatalogDescription DESCRIPTION = CatalogDescription.load(IRIS);

    @Test
    void meetsDcatApAndTheSwedishAdditions() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));

        assertEquals(List.of(), DcatApValidator.violations(catalog));
    }

    @Test
    void dumpsNotYetWrittenAreListedWithoutASizeAndStillMeetDcatAp() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS), OptionalLong.empty());

        assertFalse(catalog.contains(null, DCAT.byteSize));
        assertTrue(catalog.contains(catalog.getResource(CatalogIris.distribution(IRIS, "all", "ttl")), DCAT.downloadURL));
        assertEquals(List.of(), DcatApValidator.violations(catalog));
    }

    @Test
    void theValidationCatchesACatalogueWithoutLicenceOrPublisherType() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));
        catalog.removeAll(catalog.getResource(IRIS.resolve("datasets/dcat")), DCTerms.license, null);
        catalog.removeAll(null, DCTerms.type, null);

        List<String> violations = DcatApValidator.violations(catalog);
        assertTrue(violations.stream().anyMatch(v -> v.contains("datasets/dcat") && v.contains("license")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("publisher") && v.contains("type")), violations.toString());
    }

    @Test
    void listsTheWholeAndOneDatasetPerSubjectEachWithDumpsAndTheEndpoint() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));
        Resource root = catalog.getResource(IRIS.resolve("datasets/dcat"));

        Set<String> datasets = root.listProperties(DCAT.dataset).mapWith(s -> s.getResource().getURI()).toSet();
        assertEquals(Set.of(IRIS.resolve("id/dataset/main"), IRIS.resolve("id/dataset/projects"),
                IRIS.resolve("id/dataset/networks"), IRIS.resolve("id/dataset/towns")), datasets);
        for (String dataset : datasets) {
            List<Resource> distributions = catalog.getResource(dataset).listProperties(DCAT.distribution)
                    .mapWith(Statement::getResource).toList();
            boolean whole = dataset.equals(IRIS.resolve("id/dataset/main"));
            assertEquals(DumpFormat.values().length + (whole ? 2 : 1), distributions.size(), dataset);
            assertTrue(distributions.stream().anyMatch(d -> d.hasProperty(DCAT.accessService)), dataset);
        }
        Resource feed = catalog.getResource(CatalogIris.distribution(IRIS, "all", "feed"));
        assertEquals(IRIS.resolve("feed"), feed.getPropertyResourceValue(DCAT.accessURL).getURI(),
                "the whole dataset names its change feed");
        assertEquals("https://w3id.org/ldes/specification", feed.getPropertyResourceValue(DCTerms.conformsTo).getURI());
        Resource turtle = catalog.getResource(CatalogIris.distribution(IRIS, "all", "ttl"));
        assertEquals(IRIS.resolve("dumps/all.ttl"), turtle.getPropertyResourceValue(DCAT.downloadURL).getURI());
        assertEquals("http://publications.europa.eu/resource/authority/file-type/RDF_TURTLE",
                turtle.getPropertyResourceValue(DCTerms.format).getURI());
        assertEquals("https://www.iana.org/assignments/media-types/text/turtle",
                turtle.getPropertyResourceValue(DCAT.mediaType).getURI());
        assertEquals(1234L, turtle.getProperty(DCAT.byteSize).getLong());
        Resource gzipped = catalog.getResource(CatalogIris.distribution(IRIS, "all", "nt-gz"));
        assertEquals("https://www.iana.org/assignments/media-types/application/gzip",
                gzipped.getPropertyResourceValue(DCAT.compressFormat).getURI());
    }

    @Test
    void describesTheSparqlEndpointAsADataServiceDescribedAtItsOwnAddress() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));

        List<Resource> services = catalog.listSubjectsWithProperty(RDF.type, DCAT.DataService).toList();
        assertEquals(1, services.size());
        Resource service = services.get(0);
        assertEquals(IRIS.resolve("sparql"), service.getPropertyResourceValue(DCAT.endpointURL).getURI());
        assertEquals(IRIS.resolve("sparql"), service.getPropertyResourceValue(DCAT.endpointDescription).getURI());
        assertEquals(4, service.listProperties(DCAT.servesDataset).toList().size());
    }

    @Test
    void hasNoBlankNodesForTheThingsAPortalKeepsAndNoCatalogRecords() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));

        for (Resource type : List.of(DCAT.Catalog, DCAT.Dataset, DCAT.Distribution, DCAT.DataService,
                FOAF.Agent, VCARD4.Kind)) {
            List<Resource> things = catalog.listSubjectsWithProperty(RDF.type, type).toList();
            assertFalse(things.isEmpty(), type.getURI());
            things.forEach(thing -> assertTrue(thing.isURIResource(), type + " " + thing));
        }
        assertFalse(catalog.contains(null, RDF.type, DCAT.CatalogRecord));
        assertTrue(catalog.listObjects().filterKeep(RDFNode::isAnon).toList().isEmpty());
    }

    @Test
    void givesEveryDatasetAndServiceAStableUuid() {
        Model first = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));
        Model second = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));

        List<Resource> identified = new ArrayList<>(first.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList());
        identified.addAll(first.listSubjectsWithProperty(RDF.type, DCAT.DataService).toList());
        Map<String, String> identifiers = identified.stream().collect(Collectors.toMap(
                Resource::getURI, r -> r.getProperty(DCTerms.identifier).getString()));
        assertEquals(5, identifiers.size());
        identifiers.values().forEach(id -> assertTrue(
                id.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"), id));
        assertEquals(5, Set.copyOf(identifiers.values()).size());
        identifiers.forEach((iri, id) ->
                assertEquals(id, second.getResource(iri).getProperty(DCTerms.identifier).getString()));
        assertNotEquals(CatalogBuilder.identifier(IRIS.dataset()),
                CatalogBuilder.identifier(new Iris("https://other.example.se/").dataset()));
    }

    @Test
    void takesTheModificationDateFromTheDataVersion() {
        Model catalog = build(CatalogSettings.defaults(), DatasetFacts.none(IRIS));

        Statement modified = catalog.getResource(IRIS.dataset()).getProperty(DCTerms.modified);
        assertEquals("2024-03-01T10:15:30Z", modified.getLiteral().getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#dateTime", modified.getLiteral().getDatatypeURI());
    }

    @Test
    void namesTheLocalAuthorityAsPublisherWithAnOrganisationNumberIriWhenOneIsConfigured() {
        CatalogSettings settings = new CatalogSettings("Linköpings kommun", "212000-0449", "https://www.linkoping.se/",
                "Kontakt", "info@example.se", "+46 13 00 00 00", CatalogSettings.DEFAULT_DATA_LICENSE);
        Model facts = ModelFactory.createDefaultModel();
        facts.getResource(IRIS.dataset()).addProperty(DCTerms.publisher,
                facts.createResource(IRIS.resolve("id/organization/linkopings-kommun")));
        Model catalog = build(settings, new DatasetFacts(facts, IRIS));

        Resource publisher = catalog.getResource(IRIS.dataset()).getPropertyResourceValue(DCTerms.publisher);
        assertEquals("http://dataportal.se/organisation/SE2120000449", publisher.getURI());
        assertEquals("http://purl.org/adms/publishertype/LocalAuthority",
                publisher.getPropertyResourceValue(DCTerms.type).getURI());
        assertEquals(IRIS.resolve("id/organization/linkopings-kommun"),
                publisher.getPropertyResourceValue(OWL.sameAs).getURI());
        Resource contact = catalog.getResource(IRIS.dataset()).getPropertyResourceValue(DCAT.contactPoint);
        assertEquals("mailto:info@example.se", contact.getPropertyResourceValue(VCARD4.hasEmail).getURI());
        assertEquals("tel:+46-13-00-00-00", contact.getPropertyResourceValue(VCARD4.hasTelephone).getURI());
        assertTrue(contact.hasProperty(RDF.type, VCARD4.Organization));
        assertEquals(List.of(), DcatApValidator.violations(catalog));
    }

    @Test
    void withoutAnOrganisationNumberThePublisherIsTheOneTheDataNames() {
        Model facts = ModelFactory.createDefaultModel();
        Resource whole = facts.getResource(IRIS.dataset());
        whole.addProperty(DCTerms.publisher, facts.createResource(IRIS.resolve("id/organization/linkopings-kommun")));
        whole.addProperty(DCTerms.title, "Titel ur data", "sv");
        Model catalog = build(CatalogSettings.defaults(), new DatasetFacts(facts, IRIS));

        Resource dataset = catalog.getResource(IRIS.dataset());
        assertEquals(IRIS.resolve("id/organization/linkopings-kommun"),
                dataset.getPropertyResourceValue(DCTerms.publisher).getURI());
        assertEquals(List.of("Titel ur data"),
                dataset.listProperties(DCTerms.title).mapWith(s -> s.getString()).toList());
        assertEquals(IRIS.resolve("datasets/dcat#publisher"), CatalogSettings.defaults()
                .publisherIri(Optional.empty(), IRIS));
    }

    private static Model build(CatalogSettings settings, DatasetFacts facts) {
        return build(settings, facts, OptionalLong.of(1234L));
    }

    private static Model build(CatalogSettings settings, DatasetFacts facts, OptionalLong size) {
        List<DumpDistribution> dumps = new ArrayList<>();
        for (PublishedDataset dataset : DESCRIPTION.datasets()) {
            for (DumpFormat format : DumpFormat.values()) {
                dumps.add(new DumpDistribution(dataset, format, size));
            }
        }
        return new CatalogBuilder(IRIS, settings, DESCRIPTION, true).build(VERSION, facts, dumps);
    }
}
