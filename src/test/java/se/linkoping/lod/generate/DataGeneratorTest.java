package se.linkoping.lod.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.cli.Main;
import se.linkoping.lod.load.Validation;
import se.linkoping.lod.model.Iris;

/** The generator: the size asked for, the same file for the same seed, valid against the project's shapes. */
class DataGeneratorTest {

    private static final Iris IRIS = new Iris("http://data.example.se/");

    @TempDir
    Path dir;

    @Test
    void writesAtLeastTheTriplesAskedForAndNotMuchMore() {
        for (long asked : new long[] {10_000, 60_000}) {
            Path file = dir.resolve("g" + asked + ".nt");
            long written = GeneratedFile.write(file, asked, 7, IRIS);
            assertTrue(written >= asked && written < asked + 1_000, asked + " asked, " + written + " written");
            assertEquals(written, parse(file).size(), "the count reported is the count in the file");
        }
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
        Path first = dir.resolve("a.nt");
        Path again = dir.resolve("b.nt");
        Path other = dir.resolve("c.nt");
        GeneratedFile.write(first, 20_000, 42, IRIS);
        GeneratedFile.write(again, 20_000, 42, IRIS);
        GeneratedFile.write(other, 20_000, 43, IRIS);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
        assertFalse(Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(other)));
    }

    @Test
    void theDataIsValidAgainstTheProjectsShapes() {
        Path file = dir.resolve("valid.nt");
        GeneratedFile.write(file, 30_000, 3, IRIS);
        Validation.Report report = Validation.run(List.of(file, projectDir().resolve("ontology")), IRIS.base());
        assertTrue(report.valid(), () -> "problems: " + report.problems().subList(0, Math.min(10, report.problems().size())));
    }

    @Test
    void theDataHasManyOfEachKindLinkedTogether() {
        Path file = dir.resolve("kinds.nt");
        GeneratedFile.write(file, 40_000, 5, IRIS);
        Graph graph = parse(file);
        String lkp = IRIS.ontologyNamespace();
        long municipalities = count(graph, "http://www.w3.org/ns/org#FormalOrganization");
        assertTrue(municipalities >= 50, municipalities + " municipalities");
        assertTrue(count(graph, lkp + "InternationalProject") > 5 * municipalities);
        assertTrue(count(graph, lkp + "ProjectActivity") > 0);
        assertTrue(count(graph, lkp + "Network") >= 3);
        assertTrue(count(graph, "http://www.w3.org/ns/org#Membership") >= municipalities);
        assertTrue(count(graph, "http://schema.org/City") > 2 * municipalities);
        long twinLinks = graph.find(Node.ANY, NodeFactory.createURI(lkp + "twinTown"), Node.ANY).toList().size();
        assertTrue(twinLinks >= 2 * municipalities, twinLinks + " twin-town links");
        long years = graph.find(Node.ANY, NodeFactory.createURI(lkp + "ongoingIn"), Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toSet().size();
        assertEquals(Municipality.LAST_YEAR - Municipality.FIRST_YEAR + 1, years, "projects in every year");
    }

    @Test
    void turtleAndNTriplesHoldTheSameGraph() {
        Path nt = dir.resolve("same.nt");
        Path ttl = dir.resolve("same.ttl.gz");
        GeneratedFile.write(nt, 5_000, 11, IRIS);
        GeneratedFile.write(ttl, 5_000, 11, IRIS);
        assertTrue(parse(nt).isIsomorphicWith(parse(ttl)));
    }

    @Test
    void theGenerateCommandWritesTheFile() {
        Path file = dir.resolve("cli.nt");
        int exit = Main.run("generate", "--triples", "2000", "--seed", "9", "--out", file.toString(),
                "--base", IRIS.base());
        assertEquals(0, exit);
        assertTrue(parse(file).size() >= 2000);
        assertEquals(2, Main.run("generate", "--triples", "10", "--out", dir.resolve("x.rdf").toString()),
                "a syntax that cannot be streamed is refused");
    }

    private static long count(Graph graph, String type) {
        return graph.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(type)).toList().size();
    }

    private static Graph parse(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".gz")) {
            return RDFParser.source(file).toGraph();
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return RDFParser.source(in).lang(RDFLanguages.filenameToLang(name.substring(0, name.length() - 3))).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));
    }
}
