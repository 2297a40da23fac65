package se.linkoping.lod.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.store.Store;
import org.apache.jena.graph.NodeFactory;

/**
 * What VoID says about the data's size and shape, counted in the store.
 *
 * @param triples    the number of triples
 * @param subjects   the number of distinct subjects
 * @param objects    the number of distinct objects
 * @param classes    each class with its number of instances
 * @param properties each property with its number of triples
 * @param examples   a few typed things per subject dataset
 */
public record VoidStatistics(long triples, long subjects, long objects,
                             List<Partition> classes, List<Partition> properties, List<String> examples) {

    /** A class or property and its count. */
    public record Partition(String iri, long count) {
    }

    public VoidStatistics {
        classes = List.copyOf(classes);
        properties = List.copyOf(properties);
        examples = List.copyOf(examples);
    }

    /** Counts in the store: one query for the totals, one each for the partitions, one per subset for examples. */
    public static VoidStatistics collect(Store store, Iris iris, CatalogDescription description) {
        QueryLibrary queries = new QueryLibrary("catalog", iris);
        List<String> examples = new ArrayList<>();
        for (PublishedDataset subset : description.subsets()) {
            ResultSet things = store.select(queries.get("void-examples",
                    Map.of("uriSpace", NodeFactory.createLiteralString(subset.uriSpace()))));
            things.forEachRemaining(row -> examples.add(row.getResource("thing").getURI()));
        }
        return fromResults(
                store.select(queries.get("void-totals")),
                store.select(queries.get("void-classes")),
                store.select(queries.get("void-properties")),
                examples);
    }

    /** Maps the results of {@code void-totals.rq}, {@code void-classes.rq} and {@code void-properties.rq}. */
    static VoidStatistics fromResults(ResultSet totals, ResultSet classes, ResultSet properties, List<String> examples) {
        QuerySolution total = totals.next();
        return new VoidStatistics(
                total.getLiteral("triples").getLong(),
                total.getLiteral("subjects").getLong(),
                total.getLiteral("objects").getLong(),
                partitions(classes, "class", "entities"),
                partitions(properties, "property", "triples"),
                examples);
    }

    private static List<Partition> partitions(ResultSet rows, String iriVariable, String countVariable) {
        List<Partition> partitions = new ArrayList<>();
        rows.forEachRemaining(row -> partitions.add(
                new Partition(row.getResource(iriVariable).getURI(), row.getLiteral(countVariable).getLong())));
        return partitions;
    }
}
