package se.linkoping.lod.catalog;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

import se.linkoping.lod.model.Iris;

/**
 * The catalogue's fixed description ({@code catalog/catalog.ttl}) read against the public base,
 * and the datasets it lists.
 */
public final class CatalogDescription {

    static final String RESOURCE = "catalog/catalog.ttl";
    private static final String WHOLE_DATASET_STEM = "all";

    private final Iris iris;
    private final Model model;
    private final List<PublishedDataset> datasets;

    private CatalogDescription(Iris iris, Model model) {
        this.iris = iris;
        this.model = model;
        this.datasets = readDatasets();
    }

    /** Reads the description from the class path, resolving its IRIs against the base. */
    public static CatalogDescription load(Iris iris) {
        try (InputStream in = CatalogDescription.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + RESOURCE);
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).parse(model);
            return new CatalogDescription(iris, model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * A fresh copy of the description's triples, {@code void:uriSpace} included, where the whole
     * dataset has the titles and descriptions the data gives it, when the data gives any.
     */
    public Model model(DatasetFacts facts) {
        Model copy = ModelFactory.createDefaultModel().add(model).setNsPrefixes(model.getNsPrefixMap());
        Resource whole = copy.getResource(iris.dataset());
        replace(whole, DCTerms.title, facts.titles());
        replace(whole, DCTerms.description, facts.descriptions());
        return copy;
    }

    /** The catalogue's IRI. */
    public String catalogIri() {
        return iris.resolve(CatalogIris.CATALOG);
    }

    /** The listed datasets, the whole dataset first, then by IRI. */
    public List<PublishedDataset> datasets() {
        return datasets;
    }

    /** The whole dataset. */
    public PublishedDataset whole() {
        return datasets.get(0);
    }

    /** The subject datasets, each a part of the whole. */
    public List<PublishedDataset> subsets() {
        return datasets.subList(1, datasets.size());
    }

    private static void replace(Resource resource, Property property, List<RDFNode> values) {
        if (!values.isEmpty()) {
            resource.removeAll(property);
            values.forEach(value -> resource.addProperty(property, value));
        }
    }

    private List<PublishedDataset> readDatasets() {
        String wholeIri = iris.dataset();
        List<PublishedDataset> found = new ArrayList<>();
        for (Resource dataset : model.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()) {
            Statement space = dataset.getProperty(VOID.uriSpace);
            if (space == null || !dataset.isURIResource()) {
                throw new IllegalStateException(RESOURCE + ": every dataset needs an IRI and a void:uriSpace: " + dataset);
            }
            String stem = dataset.getURI().equals(wholeIri) ? WHOLE_DATASET_STEM : lastSegment(dataset.getURI());
            found.add(new PublishedDataset(dataset.getURI(), stem, iris.resolve(space.getString())));
        }
        if (found.stream().noneMatch(d -> d.iri().equals(wholeIri))) {
            throw new IllegalStateException(RESOURCE + " does not describe the whole dataset " + wholeIri);
        }
        found.sort(Comparator.comparing((PublishedDataset d) -> !d.iri().equals(wholeIri))
                .thenComparing(PublishedDataset::iri));
        return List.copyOf(found);
    }

    private static String lastSegment(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
