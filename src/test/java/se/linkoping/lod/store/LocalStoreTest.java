package se.linkoping.lod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store over a real TDB2 database. */
class LocalStoreTest {

    @TempDir
    Path tdb;
    DatasetGraph dataset;
    LocalStore store;

    @BeforeEach
    void load() {
        dataset = TestData.loadTdb2(tdb);
        store = new LocalStore(dataset, TestData.IRIS);
    }

    @AfterEach
    void close() {
        dataset.close();
    }

    @Test
    void selectResultsOutliveTheTransaction() {
        ResultSetRewindable results = store.select(QueryFactory.create(
                "SELECT ?p WHERE { ?p a <def/ns#Project> } ORDER BY ?p", TestData.IRIS.base()));
        assertFalse(dataset.isInTransaction());
        assertEquals(12, results.size());
        results.reset();
        assertEquals("https://lod.example.org/id/project/p01", results.next().getResource("p").getURI());
    }

    @Test
    void constructDescribeAndAsk() {
        Model places = store.construct(QueryFactory.create(
                "CONSTRUCT WHERE { ?p a <def/ns#Place> ; ?q ?o }", TestData.IRIS.base()));
        assertEquals(8, places.size());
        Model forde = store.construct(QueryFactory.create("DESCRIBE <id/place/forde>", TestData.IRIS.base()));
        assertEquals(2, forde.size());
        assertTrue(store.ask(QueryFactory.create("ASK { <id/place/oulu> ?p ?o }", TestData.IRIS.base())));
        assertFalse(store.ask(QueryFactory.create("ASK { <id/place/nowhere> ?p ?o }", TestData.IRIS.base())));
    }

    @Test
    void versionComesFromTheDatasetResource() {
        assertEquals(new DataVersion(TestData.DIGEST, Instant.parse("2025-03-04T05:06:07Z")), store.version());
    }

    @Test
    void versionFollowsNewDataAfterTheTimeToLive() throws InterruptedException {
        assertEquals(TestData.DIGEST, store.version().digest());
        Node datasetNode = NodeFactory.createURI(TestData.IRIS.dataset());
        Txn.executeWrite(dataset, () -> {
            dataset.getDefaultGraph().remove(datasetNode, OWL.versionInfo.asNode(), Node.ANY);
            dataset.getDefaultGraph().add(datasetNode, OWL.versionInfo.asNode(), NodeFactory.createLiteralString("fedcba98"));
        });
        assertEquals(TestData.DIGEST, store.version().digest(), "cached within the time to live");
        Thread.sleep(LocalStore.VERSION_TTL.toMillis() + 100);
        assertEquals("fedcba98", store.version().digest());
    }

    @Test
    void anEmptyStoreHasNoVersion() {
        LocalStore empty = new LocalStore(DatasetGraphFactory.createTxnMem(), TestData.IRIS);
        assertEquals(DataVersion.NONE, empty.version());
    }
}
