package se.linkoping.lod.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

import se.linkoping.lod.model.DateTimes;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.store.DataVersion;

/**
 * Builds the DCAT-AP-SE catalogue: the fixed {@link CatalogDescription} plus the publisher and
 * contact point from the {@link CatalogSettings}, stable UUID identifiers, the modification date of
 * the loaded data and one distribution per dump file (with its size once it is written) and per
 * dataset for the SPARQL endpoint, and, when the change feed is served, one for it on the whole dataset.
 *
 * <p>A pure function of its inputs: it reads neither the store nor the disk.
 */
public final class CatalogBuilder {

    private static final String SPARQL_SERVICE = CatalogIris.CATALOG + "#sparql";
    private static final String SPARQL_FORMAT = "SPARQLQ";
    private static final Property ADMS_VERSION_NOTES = ResourceFactory.createProperty("http://www.w3.org/ns/adms#versionNotes");
    private static final Property DCAT_VERSION = ResourceFactory.createProperty(DCAT.NS + "version");
    private static final Property DCAT_HAS_VERSION = ResourceFactory.createProperty(DCAT.NS + "hasVersion");

    private final Iris iris;
    private final CatalogSettings settings;
    private final CatalogDescription description;
    private final boolean feed;

    /** @param feed whether the change feed is served (and listed as a distribution of the whole dataset) */
    public CatalogBuilder(Iris iris, CatalogSettings settings, CatalogDescription description, boolean feed) {
        this.iris = iris;
        this.settings = settings;
        this.description = description;
        this.feed = feed;
    }

    /** The catalogue for a data version, what its data says about itself and the dump files it offers. */
    public Model build(DataVersion version, DatasetFacts facts, List<DumpDistribution> dumps) {
        return build(version, facts, dumps, List.of());
    }

    /**
     * The same, with the data versions whose dumps are kept: the whole dataset names its version
     * ({@code dcat:version}) and each kept one ({@code dcat:hasVersion}), a dataset of its own with
     * its notes ({@code adms:versionNotes}) and its dump.
     */
    public Model build(DataVersion version, DatasetFacts facts, List<DumpDistribution> dumps, List<KeptVersion> kept) {
        Model model = description.model(facts);
        model.removeAll(null, VOID.uriSpace, null);
        model.setNsPrefix("vcard", VCARD4.NS);
        model.setNsPrefix("xsd", XSD.NS);
        Literal modified = dateTime(model, version.modified());

        Resource publisher = addPublisher(model, facts);
        Resource contact = addContactPoint(model);

        Resource catalog = model.getResource(description.catalogIri());
        catalog.addProperty(DCTerms.publisher, publisher).addProperty(DCTerms.modified, modified);

        Resource service = model.getResource(iris.resolve(SPARQL_SERVICE));
        describeResource(service, publisher, contact);

        for (PublishedDataset published : description.datasets()) {
            Resource dataset = model.getResource(published.iri());
            describeResource(dataset, publisher, contact);
            dataset.addProperty(DCTerms.modified, modified);
            for (DumpDistribution dump : dumps) {
                if (dump.dataset().equals(published)) {
                    dataset.addProperty(DCAT.distribution, addDumpDistribution(model, dump, modified));
                }
            }
            dataset.addProperty(DCAT.distribution, addSparqlDistribution(model, published, service));
            if (feed && published.equals(description.whole())) {
                dataset.addProperty(DCAT.distribution, addFeedDistribution(model, published, modified));
            }
            if (published.equals(description.whole())) {
                dataset.addProperty(DCAT_VERSION, version.digest());
                for (KeptVersion keptVersion : kept) {
                    Resource versioned = addVersion(model, dataset, keptVersion);
                    describeResource(versioned, publisher, contact);
                    dataset.addProperty(DCAT_HAS_VERSION, versioned);
                }
            }
        }
        return model;
    }

    /** The stable identifier of a dataset or data service: a name-based UUID of its IRI. */
    public static String identifier(String iri) {
        return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private void describeResource(Resource resource, Resource publisher, Resource contact) {
        resource.addProperty(DCTerms.identifier, identifier(resource.getURI()))
                .addProperty(DCTerms.publisher, publisher)
                .addProperty(DCAT.contactPoint, contact);
    }

    private Resource addPublisher(Model model, DatasetFacts facts) {
        Resource homepage = model.createResource(settings.publisherHomepage(), FOAF.Document);
        Resource publisher = model.createResource(settings.publisherIri(facts.publisher(), iris))
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(RDF.type, FOAF.Organization)
                .addProperty(FOAF.name, settings.publisherName(), "sv")
                .addProperty(DCTerms.type, model.createResource(EuVocabularies.LOCAL_AUTHORITY))
                .addProperty(FOAF.homepage, homepage);
        if (!settings.organisationNumber().isEmpty()) {
            publisher.addProperty(DCTerms.identifier, settings.organisationNumber().replace("-", ""));
            facts.publisher().ifPresent(inData -> publisher.addProperty(OWL.sameAs, model.createResource(inData)));
        }
        return publisher;
    }

    private Resource addContactPoint(Model model) {
        return model.createResource(iris.resolve(CatalogIris.CONTACT))
                .addProperty(RDF.type, VCARD4.Organization)
                .addProperty(RDF.type, VCARD4.Kind)
                .addProperty(VCARD4.fn, settings.contactName())
                .addProperty(VCARD4.hasEmail, model.createResource(settings.contactEmailIri()))
                .addProperty(VCARD4.hasTelephone, model.createResource(settings.contactTelephoneIri()));
    }

    private Resource addDumpDistribution(Model model, DumpDistribution dump, Literal modified) {
        return addDownload(model, dump.format(), CatalogIris.dump(iris, dump.fileName()),
                CatalogIris.distribution(iris, dump.dataset().dumpStem(), dump.format().key()), modified, dump.bytes());
    }

    /** A distribution that downloads one file in one format: its texts, URLs, format, licence and size. */
    private Resource addDownload(Model model, DumpFormat format, String fileIri, String distributionIri,
                                 Literal modified, OptionalLong bytes) {
        Resource file = model.createResource(fileIri);
        Resource distribution = model.createResource(distributionIri, DCAT.Distribution);
        CatalogTexts.add(distribution, DCTerms.title, "distribution.download.title", format.label());
        CatalogTexts.add(distribution, DCTerms.description,
                format.gzipped() ? "distribution.download.description.gzipped" : "distribution.download.description",
                format.label());
        distribution.addProperty(DCAT.accessURL, file)
                .addProperty(DCAT.downloadURL, file)
                .addProperty(DCTerms.format, model.createResource(format.fileTypeIri(), DCTerms.MediaTypeOrExtent))
                .addProperty(DCAT.mediaType, model.createResource(format.mediaTypeIri(), DCTerms.MediaType))
                .addProperty(DCTerms.license, model.createResource(settings.dataLicense(), DCTerms.LicenseDocument))
                .addProperty(DCTerms.modified, modified);
        bytes.ifPresent(size -> distribution.addLiteral(DCAT.byteSize,
                model.createTypedLiteral(Long.toString(size), XSDDatatype.XSDnonNegativeInteger)));
        format.compressFormatIri().ifPresent(iri ->
                distribution.addProperty(DCAT.compressFormat, model.createResource(iri, DCTerms.MediaType)));
        return distribution;
    }

    private Resource addSparqlDistribution(Model model, PublishedDataset dataset, Resource service) {
        Resource distribution = model.createResource(
                CatalogIris.distribution(iris, dataset.dumpStem(), "sparql"), DCAT.Distribution);
        CatalogTexts.add(distribution, DCTerms.title, "distribution.sparql.title");
        CatalogTexts.add(distribution, DCTerms.description, "distribution.sparql.description");
        return distribution
                .addProperty(DCAT.accessURL, model.createResource(iris.resolve(Iris.SPARQL_PATH)))
                .addProperty(DCAT.accessService, service)
                .addProperty(DCTerms.format, model.createResource(EuVocabularies.fileType(SPARQL_FORMAT), DCTerms.MediaTypeOrExtent))
                .addProperty(DCTerms.license, model.createResource(settings.dataLicense(), DCTerms.LicenseDocument));
    }

    private Resource addVersion(Model model, Resource dataset, KeptVersion kept) {
        DataVersion version = kept.version();
        Literal modified = dateTime(model, version.modified());
        String shortName = version.digest().substring(0, Math.min(12, version.digest().length()));
        Resource versioned = model.createResource(iris.resolve(CatalogIris.CATALOG + "#version-" + version.digest()),
                DCAT.Dataset);
        String date = DateTimes.seconds(version.modified()).getLiteralLexicalForm();
        CatalogTexts.add(versioned, DCTerms.title, "version.title", shortName, date);
        CatalogTexts.add(versioned, DCTerms.description, "version.description", date);
        kept.notes().ifPresentOrElse(
                note -> CatalogTexts.add(versioned, ADMS_VERSION_NOTES, "version.notes", note.operation(),
                        Long.toString(note.added()), Long.toString(note.deleted())),
                () -> CatalogTexts.add(versioned, ADMS_VERSION_NOTES, "version.notes.unknown"));
        Resource distribution = addDownload(model, DumpFormat.N_TRIPLES_GZIP,
                iris.resolve(CatalogIris.versionDump(version.digest(),
                        DumpFormat.N_TRIPLES_GZIP.fileName(description.whole().dumpStem()))),
                iris.resolve(CatalogIris.CATALOG + "#version-" + version.digest() + "-nt-gz"), modified,
                OptionalLong.of(kept.bytes()));
        return versioned.addProperty(DCAT_VERSION, version.digest())
                .addProperty(DCTerms.modified, modified)
                .addProperty(DCAT.distribution, distribution)
                .addProperty(DCTerms.isVersionOf, dataset);
    }

    private Resource addFeedDistribution(Model model, PublishedDataset dataset, Literal modified) {
        Resource distribution = model.createResource(
                CatalogIris.distribution(iris, dataset.dumpStem(), CatalogIris.FEED), DCAT.Distribution);
        CatalogTexts.add(distribution, DCTerms.title, "distribution.feed.title");
        CatalogTexts.add(distribution, DCTerms.description, "distribution.feed.description");
        return distribution
                .addProperty(DCAT.accessURL, model.createResource(iris.resolve(CatalogIris.FEED)))
                .addProperty(DCTerms.format, model.createResource(MediaTypes.TURTLE.euFileTypeIri(),
                        DCTerms.MediaTypeOrExtent))
                .addProperty(DCAT.mediaType, model.createResource(MediaTypes.TURTLE.ianaIri(), DCTerms.MediaType))
                .addProperty(DCTerms.conformsTo, model.createResource(CatalogIris.LDES_SPECIFICATION, DCTerms.Standard))
                .addProperty(DCTerms.license, model.createResource(settings.dataLicense(), DCTerms.LicenseDocument))
                .addProperty(DCTerms.modified, modified);
    }

    private static Literal dateTime(Model model, Instant instant) {
        return model.asRDFNode(DateTimes.seconds(instant)).asLiteral();
    }
}
