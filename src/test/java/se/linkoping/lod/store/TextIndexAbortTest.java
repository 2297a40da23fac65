package se.linkoping.lod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read that fails half-way (a dump abandoned, a query cut off) while staff write: jena-text rolls
 * its index back on every abort, so without care the write lost its index entries or failed.
 */
class TextIndexAbortTest {

    @TempDir
    Path folder;

    @Test
    void aReadThatAbortsWhileAWriteRunsLeavesTheWritesEntriesInTheIndex() throws Exception {
        Path generation = Files.createDirectories(folder.resolve("data-1"));
        DatasetGraph dataset = TextIndexes.open(generation, DatabaseMgr.connectDatasetGraph(Location.create(generation)));
        try {
            Node thing = NodeFactory.createURI("http://example.org/id/town/kaunas");
            dataset.begin(TxnType.WRITE);
            dataset.add(Quad.defaultGraphIRI, thing, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Kaunas", "sv"));
            CompletableFuture.runAsync(() -> assertThrows(IllegalStateException.class, () -> Txn.executeRead(dataset, () -> {
                throw new IllegalStateException("a reader gives up half-way");
            }))).get();
            dataset.add(Quad.defaultGraphIRI, thing, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang("Kovno", "sv"));
            dataset.commit();
            dataset.end();

            assertEquals(2, matches(dataset, "kaunas OR kovno"), "both values of the write are found");
        } finally {
            TextIndexes.release(dataset);
        }
    }

    private static long matches(DatasetGraph dataset, String words) {
        String query = "PREFIX text: <http://jena.apache.org/text#> SELECT * { (?s ?score ?match) text:query \""
                + words + "\" }";
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                long n = 0;
                for (var rows = exec.execSelect(); rows.hasNext(); rows.next()) {
                    n++;
                }
                return n;
            }
        });
    }
}
