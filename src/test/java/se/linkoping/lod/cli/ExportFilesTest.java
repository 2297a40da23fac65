package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.testing.RunningSite;

/**
 * {@code lod export --files DIR} writes the data back as Turtle files by kind of thing, with IRIs
 * relative to the base: loaded again beside the ontology, under another base, they give the same data.
 */
class ExportFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theFilesLoadAgainUnderAnyBaseToTheSameData() throws Exception {
        Iris here = new Iris("http://127.0.0.1:8123/");
        Path store = tmp.resolve("store");
        List<Path> sources = List.of(RunningSite.PROJECT.resolve("data"), RunningSite.PROJECT.resolve("ontology"));
        new Loader(new StoreDirectory(store), here).load(sources);
        Path out = tmp.resolve("files");
        CommandLine line = Main.commandLine();
        StringWriter said = new StringWriter();
        line.setOut(new PrintWriter(said));
        assertEquals(0, line.execute("export", "--store", store.toString(), "--files", out.toString()), said.toString());

        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertTrue(names.containsAll(List.of("project.ttl", "programme.ttl", "town.ttl")), names.toString());
        }
        String projects = Files.readString(out.resolve("project.ttl"));
        assertTrue(projects.contains("<id/project/art4rights>"), "IRIs are relative to the base");
        assertFalse(projects.contains("127.0.0.1"), "no host is named");
        assertFalse(projects.contains("BASE"), "and no base");

        Iris there = new Iris("https://data.example.se/");
        Graph original = graph(store, here, there);
        Path again = tmp.resolve("again");
        new Loader(new StoreDirectory(again), there).load(List.of(out, RunningSite.PROJECT.resolve("ontology")));
        Graph reloaded = graph(again, there, there);
        assertTrue(original.isIsomorphicWith(reloaded), "the same data, rebased: " + original.size() + " vs " + reloaded.size());
    }

    /** The store's default graph without the version stamp, its IRIs moved from one base to another. */
    private static Graph graph(Path store, Iris from, Iris to) {
        DatasetGraph dsg = new StoreDirectory(store).openCurrent();
        try {
            return Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getDefaultGraph().find().forEach(t -> {
                    if (t.getSubject().isURI() && t.getSubject().getURI().equals(from.dataset())
                            && (t.getPredicate().equals(OWL.versionInfo.asNode()) || t.getPredicate().equals(DCTerms.modified.asNode()))) {
                        return;
                    }
                    copy.add(org.apache.jena.graph.Triple.create(move(t.getSubject(), from, to), t.getPredicate(),
                            move(t.getObject(), from, to)));
                });
                return copy;
            });
        } finally {
            StoreDirectory.release(dsg);
        }
    }

    private static Node move(Node node, Iris from, Iris to) {
        return node.isURI() && node.getURI().startsWith(from.base())
                ? org.apache.jena.graph.NodeFactory.createURI(to.base() + node.getURI().substring(from.base().length()))
                : node;
    }
}
