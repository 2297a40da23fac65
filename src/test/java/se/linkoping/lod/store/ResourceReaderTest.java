package se.linkoping.lod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.generate.DataGenerator;
import se.linkoping.lod.model.Iris;

/**
 * The embedded store reads a resource from the indexes ({@link ResourceReader}); a remote store asks
 * {@code resource.rq}. Both must give the same: checked here on every
 * resource of the project's data beside generated data, in a real TDB2 database, the queries run
 * over the same database.
 */
class ResourceReaderTest {

    private static final Iris IRIS = new Iris("https://lod.example.org/");
    private static final int PAGE = 100;
    /** Blank nodes three steps deep, linking to labelled things; the data has none of its own. */
    private static final String BLANK_NODES = """
            PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
            PREFIX rdfs:  <http://www.w3.org/2000/01/rdf-schema#>
            <id/contact/international-coordinator> vcard:hasAddress [
                a vcard:Work ; vcard:locality "Linköping" ;
                rdfs:seeAlso <id/organization/linkopings-kommun> ;
                vcard:hasGeo [ rdfs:label "andra steget"@sv ; rdfs:seeAlso <id/test/second-step> ;
                               vcard:note [ rdfs:label "tredje steget" ; rdfs:seeAlso <id/network/sern> ] ]
            ] .
            <id/test/second-step> <http://www.w3.org/2004/02/skos/core#prefLabel> "bortom"@sv .
            """;

    static DatasetGraph dataset;
    static LocalStore store;
    static ResourceQueries queries;

    @BeforeAll
    static void load() throws IOException {
        dataset = DatabaseMgr.createDatasetGraph();
        List<Path> files;
        try (Stream<Path> ontology = Files.list(Path.of("ontology")); Stream<Path> data = Files.list(Path.of("data"))) {
            files = Stream.concat(ontology, data).filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
        Txn.executeWrite(dataset, () -> {
            files.forEach(f -> RDFParser.source(f).base(IRIS.base()).parse(dataset));
            DataGenerator.generate(StreamRDFLib.dataset(dataset), 5_000, 7, IRIS);
            RDFParser.fromString(BLANK_NODES, Lang.TURTLE).base(IRIS.base()).parse(dataset);
        });
        store = new LocalStore(dataset, IRIS);
        queries = new ResourceQueries(IRIS);
    }

    @Test
    void everyResourceReadsAsTheQueriesDescribeIt() {
        List<Node> subjects = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().find()
                .mapWith(t -> t.getSubject()).filterKeep(Node::isURI).toSet().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList());
        assertTrue(subjects.size() > 300, "a fair sample: " + subjects.size());
        for (Node subject : subjects) {
            assertSame(subject, 0);
        }
    }

    @Test
    void theLinksIntoAMuchLinkedResourceArePagedAlike() {
        Node mostLinked = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().find()
                .mapWith(t -> t.getObject()).filterKeep(Node::isURI).toList().stream()
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        ResourceData first = store.resource(mostLinked.getURI(), 0, PAGE);
        assertTrue(first.incomingTotal() > PAGE, "links into " + mostLinked + ": " + first.incomingTotal());
        for (long offset = 0; offset < first.incomingTotal() + PAGE; offset += PAGE) {
            assertSame(mostLinked, offset);
        }
    }

    @Test
    void blankNodesAreFollowedTwoStepsAndTheirLinksLabelled() {
        Node contact = NodeFactory.createURI(IRIS.resolve("id/contact/international-coordinator"));
        ResourceData data = store.resource(contact.getURI(), 0, PAGE);
        Graph graph = data.model().getGraph();
        assertTrue(graph.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/2006/vcard/ns#locality"), Node.ANY), "first step");
        assertTrue(graph.contains(Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralLang("andra steget", "sv")), "second step");
        assertFalse(graph.contains(Node.ANY, RDFS.label.asNode(), NodeFactory.createLiteralString("tredje steget")), "not a third");
        assertTrue(graph.contains(NodeFactory.createURI(IRIS.resolve("id/organization/linkopings-kommun")), SKOS.prefLabel.asNode(), Node.ANY),
                "what the first blank node links to is labelled");
        assertFalse(graph.contains(NodeFactory.createURI(IRIS.resolve("id/test/second-step")), SKOS.prefLabel.asNode(), Node.ANY),
                "what the second links to is not");
        assertEquals(1, data.queries(), "one read of the store");
        assertSame(contact, 0);
    }

    private static void assertSame(Node resource, long offset) {
        ResourceData read = store.resource(resource.getURI(), offset, PAGE);
        ResourceData asked = ResourceQueries.toData(RowSet.adapt(store.select(QueryFactory.create(queries.text(resource, offset, PAGE)))));
        assertTrue(read.model().isIsomorphicWith(asked.model()), () -> "the description of " + resource);
        assertEquals(asked.incoming(), read.incoming(), () -> "the links into " + resource + " from " + offset);
        if (!asked.incoming().isEmpty()) {
            assertEquals(asked.incomingTotal(), read.incomingTotal(), () -> "the total of links into " + resource);
        }
    }
}
