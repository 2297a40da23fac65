package se.linkoping.lod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.lod.testing.RunningSite;

/**
 * {@link RemoteStore} gives the same answers as {@link LocalStore}, both against a stock Fuseki
 * (its own process, over the same data) and against our own endpoint.
 */
class RemoteStoreTest {

    private static final String BASE = TestData.IRIS.base();
    private static final List<String> SELECTS = List.of(
            "SELECT ?p ?label WHERE { ?p a <def/ns#Project> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?p ?label",
            "SELECT ?place (COUNT(?p) AS ?n) WHERE { ?p <def/ns#place> ?place } GROUP BY ?place ORDER BY ?place",
            "SELECT ?y WHERE { <id/project/p03> <def/ns#year> ?y }");
    private static final List<String> GRAPHS = List.of(
            "CONSTRUCT WHERE { ?p a <def/ns#Place> ; ?q ?o }",
            "DESCRIBE <id/project/p07>",
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");

    @TempDir
    static Path work;
    @RegisterExtension
    static final RunningSite ours = RunningSite.sample();
    static LocalStore local;
    static StockFuseki stock;

    @BeforeAll
    static void start() throws Exception {
        local = new LocalStore(ours.dataset, TestData.IRIS);
        stock = StockFuseki.start(TestData.writeNQuads(ours.dataset, work.resolve("data.nq")), work);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        stock.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock", "ours"})
    void remoteAnswersAsLocal(String which) {
        String endpoint = which.equals("stock") ? stock.queryEndpoint() : ours.server.sparqlUrl();
        try (RemoteStore remote = new RemoteStore(endpoint, TestData.IRIS, Duration.ofSeconds(10))) {
            for (String text : SELECTS) {
                Query query = QueryFactory.create(text, BASE);
                assertTrue(ResultSetCompare.equalsByTermAndOrder(local.select(query), remote.select(query)), text);
            }
            for (String text : GRAPHS) {
                Query query = QueryFactory.create(text, BASE);
                assertTrue(local.construct(query).isIsomorphicWith(remote.construct(query)), text);
                assertTrue(remote.construct(query).size() > 0, text);
            }
            Query ask = QueryFactory.create("ASK { <id/place/kaunas> ?p ?o }", BASE);
            assertEquals(local.ask(ask), remote.ask(ask));
            assertTrue(remote.ask(ask));
            assertEquals(local.version(), remote.version());
            assertEquals(TestData.DIGEST, remote.version().digest());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"stock", "ours"})
    void aResourceIsReadInOneRequestAsLocally(String which) {
        String endpoint = which.equals("stock") ? stock.queryEndpoint() : ours.server.sparqlUrl();
        try (RemoteStore remote = new RemoteStore(endpoint, TestData.IRIS, Duration.ofSeconds(10))) {
            for (String relative : List.of("id/place/kaunas", "id/project/p07")) {
                String iri = TestData.IRIS.resolve(relative);
                ResourceData read = local.resource(iri, 0, 2);
                ResourceData asked = remote.resource(iri, 0, 2);
                assertTrue(asked.model().size() > 0, iri);
                assertTrue(read.model().isIsomorphicWith(asked.model()), iri);
                assertEquals(read.incoming(), asked.incoming(), iri);
                assertEquals(read.incomingTotal(), asked.incomingTotal(), iri);
                assertEquals(1, asked.queries(), iri);
            }
            String kaunas = TestData.IRIS.resolve("id/place/kaunas");
            assertEquals(local.resource(kaunas, 1, 2).incoming(), remote.resource(kaunas, 1, 2).incoming(), "the second page");
        }
    }

    @Test
    void queriesParsedAgainstTheBaseAreSentWithIt() {
        Query query = QueryFactory.create("SELECT * WHERE { ?s a <def/ns#Place> }", BASE);
        String text = RemoteStore.text(query);
        assertEquals(query.getQueryPattern(), QueryFactory.create(text).getQueryPattern());
        assertFalse(text.contains("\n"), "sent on one line: " + text);
    }

    @Test
    void anUnreachableEndpointFailsFast() {
        try (RemoteStore remote = new RemoteStore("http://127.0.0.1:1/sparql", TestData.IRIS, Duration.ofSeconds(2))) {
            long started = System.nanoTime();
            assertThrows(RuntimeException.class, () -> remote.ask(QueryFactory.create("ASK {}")));
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
        }
    }
}
