package se.linkoping.lod.catalog;

import java.math.BigInteger;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

import se.linkoping.lod.model.DateTimes;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;

/**
 * Builds the VoID description of the whole dataset: titles from the {@link CatalogDescription},
 * counts and partitions from {@link VoidStatistics}, the SPARQL endpoint, the dumps, licence and
 * publisher. The subject datasets appear as {@code void:subset}s with their own URI spaces and dumps.
 *
 * <p>A pure function of its inputs.
 */
public final class VoidBuilder {

    private final Iris iris;
    private final CatalogSettings settings;
    private final CatalogDescription description;
    private final boolean feed;

    /** @param feed whether the change feed is served (and named as a document of the dataset) */
    public VoidBuilder(Iris iris, CatalogSettings settings, CatalogDescription description, boolean feed) {
        this.iris = iris;
        this.settings = settings;
        this.description = description;
        this.feed = feed;
    }

    /** The VoID description for a data version, what its data says about itself, its statistics and its dump files. */
    public Model build(DataVersion version, DatasetFacts facts, VoidStatistics statistics, List<DumpDistribution> dumps) {
        Model source = description.model(facts);
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID.NS);
        model.setNsPrefix("dct", DCTerms.NS);
        model.setNsPrefix("foaf", FOAF.NS);
        model.setNsPrefix("xsd", XSD.NS);

        PublishedDataset whole = description.whole();
        Resource dataset = describe(model, source, whole, dumps)
                .addProperty(VOID.sparqlEndpoint, model.createResource(iris.resolve(Iris.SPARQL_PATH)))
                .addProperty(DCTerms.license, model.createResource(settings.dataLicense()))
                .addProperty(DCTerms.publisher, model.createResource(settings.publisherIri(facts.publisher(), iris)))
                .addLiteral(DCTerms.modified, model.asRDFNode(DateTimes.seconds(version.modified())).asLiteral())
                .addLiteral(VOID.triples, integer(model, statistics.triples()))
                .addLiteral(VOID.distinctSubjects, integer(model, statistics.subjects()))
                .addLiteral(VOID.distinctObjects, integer(model, statistics.objects()))
                .addLiteral(VOID.classes, integer(model, statistics.classes().size()))
                .addLiteral(VOID.properties, integer(model, statistics.properties().size()));
        for (String vocabulary : vocabularies(statistics)) {
            dataset.addProperty(VOID.vocabulary, model.createResource(vocabulary));
        }
        for (String example : statistics.examples()) {
            dataset.addProperty(VOID.exampleResource, model.createResource(example));
        }
        for (VoidStatistics.Partition partition : statistics.classes()) {
            dataset.addProperty(VOID.classPartition, model.createResource()
                    .addProperty(VOID._class, model.createResource(partition.iri()))
                    .addLiteral(VOID.entities, integer(model, partition.count())));
        }
        for (VoidStatistics.Partition partition : statistics.properties()) {
            dataset.addProperty(VOID.propertyPartition, model.createResource()
                    .addProperty(VOID.property, model.createResource(partition.iri()))
                    .addLiteral(VOID.triples, integer(model, partition.count())));
        }
        if (feed) {
            model.createResource(iris.resolve(CatalogIris.FEED)).addProperty(VOID.inDataset, dataset);
        }
        for (PublishedDataset subset : description.subsets()) {
            dataset.addProperty(VOID.subset, describe(model, source, subset, dumps));
        }

        model.createResource(iris.resolve(CatalogIris.VOID), VOID.DatasetDescription)
                .addProperty(FOAF.primaryTopic, dataset);
        return model;
    }

    private Resource describe(Model model, Model source, PublishedDataset published, List<DumpDistribution> dumps) {
        Resource dataset = model.createResource(published.iri(), VOID.Dataset)
                .addProperty(VOID.uriSpace, published.uriSpace());
        Resource described = source.getResource(published.iri());
        copy(described, DCTerms.title, dataset);
        copy(described, DCTerms.description, dataset);
        for (DumpDistribution dump : dumps) {
            if (dump.dataset().equals(published)) {
                dataset.addProperty(VOID.dataDump, model.createResource(CatalogIris.dump(iris, dump.fileName())));
            }
        }
        return dataset;
    }

    private static Literal integer(Model model, long value) {
        return model.createTypedLiteral(BigInteger.valueOf(value));
    }

    private static void copy(Resource from, Property property, Resource to) {
        from.listProperties(property).forEach(statement -> to.addProperty(property, statement.getObject()));
    }

    /** The namespaces of the classes and properties in use, split the usual way at the last {@code #} or {@code /}. */
    static Set<String> vocabularies(VoidStatistics statistics) {
        Set<String> namespaces = new TreeSet<>();
        statistics.classes().forEach(p -> namespaces.add(namespace(p.iri())));
        statistics.properties().forEach(p -> namespaces.add(namespace(p.iri())));
        return namespaces;
    }

    private static String namespace(String iri) {
        return iri.substring(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
