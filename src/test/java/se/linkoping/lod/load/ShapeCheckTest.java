package se.linkoping.lod.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.generate.DataGenerator;
import se.linkoping.lod.model.Iris;

/**
 * The loader checks a TDB2 database with several threads, each in its own read transaction; it
 * must find exactly what Jena's validator finds in one pass over the same data.
 */
class ShapeCheckTest {

    private static final Iris IRIS = new Iris("https://lod.example.org/");

    @Test
    void checkingWithSeveralThreadsFindsWhatOnePassFinds() throws IOException {
        DatasetGraph dataset = DatabaseMgr.createDatasetGraph();
        List<Path> ontology;
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            ontology = files.filter(f -> f.toString().endsWith(".ttl")).toList();
        }
        Txn.executeWrite(dataset, () -> {
            ontology.forEach(f -> RDFParser.source(f).base(IRIS.base()).parse(dataset));
            DataGenerator.generate(StreamRDFLib.dataset(dataset), 12_000, 3, IRIS);
            Graph graph = dataset.getDefaultGraph();
            List<Triple> labels = graph.find(Node.ANY, SKOS.prefLabel.asNode(), Node.ANY).toList();
            for (int i = 0; i < labels.size(); i += 7) {
                graph.delete(labels.get(i));
            }
        });

        ShapeCheck check = Txn.calculateRead(dataset, () -> ShapeCheck.of(dataset.getDefaultGraph()));
        List<Problem> onePass = Txn.calculateRead(dataset, () -> check.check(dataset.getDefaultGraph()));
        List<Problem> threaded = check.check(dataset);

        assertTrue(onePass.size() > 100, "labels removed all over the data: " + onePass.size());
        assertEquals(onePass, threaded);
    }
}
