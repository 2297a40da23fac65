package se.linkoping.lod.catalog;

import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.store.Store;

/**
 * What the loaded data says about the whole dataset ({@code dataset-facts.rq}): its titles,
 * descriptions and publisher. The catalogue and VoID repeat these rather than say otherwise.
 */
public final class DatasetFacts {

    private final Resource dataset;

    /** Facts from a model holding statements about the whole dataset. */
    public DatasetFacts(Model facts, Iris iris) {
        this.dataset = facts.getResource(iris.dataset());
    }

    /** Reads the facts from the store. */
    public static DatasetFacts read(Store store, Iris iris) {
        return new DatasetFacts(store.construct(new QueryLibrary("catalog", iris).get("dataset-facts")), iris);
    }

    /** No facts: the store says nothing about the whole dataset. */
    public static DatasetFacts none(Iris iris) {
        return new DatasetFacts(ModelFactory.createDefaultModel(), iris);
    }

    /** The dataset's titles in the data. */
    public List<RDFNode> titles() {
        return dataset.listProperties(DCTerms.title).mapWith(Statement::getObject).toList();
    }

    /** The dataset's descriptions in the data. */
    public List<RDFNode> descriptions() {
        return dataset.listProperties(DCTerms.description).mapWith(Statement::getObject).toList();
    }

    /** The dataset's publisher in the data, if it names one. */
    public Optional<String> publisher() {
        Statement publisher = dataset.getProperty(DCTerms.publisher);
        return publisher == null ? Optional.empty() : Optional.of(publisher.getResource().getURI());
    }
}
