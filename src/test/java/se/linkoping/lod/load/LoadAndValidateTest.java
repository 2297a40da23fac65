package se.linkoping.lod.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.cli.CommandRun;
import se.linkoping.lod.store.StoreDirectory;

/** The validate and load commands on small files made for the purpose, and a load killed half-way. */
class LoadAndValidateTest {

    private static final String BASE = "http://test.example/";
    private static final Path FIXTURES = Path.of("src/test/resources/load");
    private static final String ONTOLOGY = FIXTURES.resolve("ontology").toString();

    @TempDir
    Path tmp;

    @Test
    void validFilesPass() {
        CommandRun run = CommandRun.of("validate", "--base", BASE, "--shapes", ONTOLOGY, "--context", "none", dir("good"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 file(s) valid"), run.out());
    }

    @Test
    void everySyntaxErrorIsReportedWithFileLineAndColumn() {
        CommandRun run = CommandRun.of("validate", "--base", BASE, "--shapes", ONTOLOGY, "--context", "none", dir("bad-syntax"));
        assertEquals(1, run.exitCode());
        assertTrue(Pattern.compile("first\\.ttl:5:\\d+: ").matcher(run.err()).find(), run.err());
        assertTrue(Pattern.compile("second\\.rdf:6:\\d+: .*Descriptio").matcher(run.err()).find(), run.err());
        assertTrue(run.err().contains("2 problem(s): 2 syntax error(s)"), run.err());
    }

    @Test
    void everyShapeViolationNamesResourceAndProperty() {
        CommandRun run = CommandRun.of("validate", "--base", BASE, "--shapes", ONTOLOGY, "--context", "none", dir("violating"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("<" + BASE + "id/thing/nameless> \u2014 rdfs:label: a thing needs a label"),
                run.err());
        assertTrue(run.err().contains("<" + BASE + "id/thing/big> \u2014 ex:size: the size is a whole number"),
                run.err());
        assertTrue(run.err().contains("2 problem(s): 0 syntax error(s), 2 shape violation(s)"), run.err());
    }

    @Test
    void filesWithoutShapesAreRefusedRatherThanPassed() {
        CommandRun run = CommandRun.of("validate", "--base", BASE, "--shapes", dir("good"), dir("good"));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("No SHACL shapes"), run.err());
    }

    @Test
    void aSingleDataFileIsCheckedAgainstTheProjectsShapesWithTheRestOfTheDataBesideIt() {
        CommandRun valid = CommandRun.of("validate", "data/projects.ttl");
        assertEquals(0, valid.exitCode(), valid.err());
        assertTrue(valid.out().contains("1 file(s) valid"), valid.out());

        CommandRun broken = CommandRun.of("validate", "src/test/resources/broken/missing-label.ttl");
        assertEquals(1, broken.exitCode(), broken.out());
        assertTrue(broken.err().contains("id/membership/linkopings-kommun-sern> \u2014 skos:prefLabel"), broken.err());
        assertTrue(broken.err().contains("1 problem(s)"), broken.err());

        CommandRun alone = CommandRun.of("validate", "--context", "none", "data/projects.ttl");
        assertEquals(1, alone.exitCode(), "without the rest of the data, its links lead nowhere: " + alone.out());
    }

    @Test
    void aLoadReplacesTheDataAndARejectedLoadChangesNothing() {
        Path store = tmp.resolve("store");
        assertEquals(0, load(store, dir("good")).exitCode());
        assertEquals(List.of(BASE + "id/thing/one", BASE + "id/thing/two"), things(store));

        CommandRun invalid = load(store, dir("violating"));
        assertEquals(1, invalid.exitCode());
        assertTrue(invalid.err().contains("the store is as it was"), invalid.err());
        CommandRun broken = load(store, dir("bad-syntax"));
        assertEquals(1, broken.exitCode());
        assertEquals(List.of(BASE + "id/thing/one", BASE + "id/thing/two"), things(store));

        assertEquals(0, load(store, dir("changed")).exitCode());
        assertEquals(List.of(BASE + "id/thing/three"), things(store));
    }

    @Test
    void theStoreKnowsWhetherTheFilesChangedSinceTheLastLoad() {
        Path store = tmp.resolve("store");
        Loader loader = new Loader(new StoreDirectory(store), new se.linkoping.lod.model.Iris(BASE));
        List<Path> good = List.of(Path.of(ONTOLOGY), Path.of(dir("good")));
        assertFalse(loader.isCurrent(good));
        loader.load(good);
        assertTrue(loader.isCurrent(good));
        assertFalse(loader.isCurrent(List.of(Path.of(ONTOLOGY), Path.of(dir("changed")))));
        Loader otherBase = new Loader(new StoreDirectory(store), new se.linkoping.lod.model.Iris("http://other.example/"));
        assertFalse(otherBase.isCurrent(good));
    }

    @Test
    void aLoadKilledHalfWayLeavesTheStoreServingWhatItHad() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, load(store, dir("good")).exitCode());
        Path big = tmp.resolve("big");
        Files.createDirectories(big);
        writeThings(big.resolve("many.nt"), 400_000);

        Process process = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                "se.linkoping.lod.cli.Main", "load", "--base", BASE, "--store", store.toString(),
                "--data", ONTOLOGY, "--data", big.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("load.log").toFile()).start();
        waitFor(() -> Files.readString(tmp.resolve("load.log")).contains("many.nt"), 60);
        TimeUnit.MILLISECONDS.sleep(500);
        assertTrue(process.isAlive(), "the load finished before it could be killed: make the file bigger");
        process.destroyForcibly().waitFor();

        assertEquals(List.of(BASE + "id/thing/one", BASE + "id/thing/two"), things(store));
        assertEquals(0, load(store, dir("changed")).exitCode(), "a new load works after the killed one");
        assertEquals(List.of(BASE + "id/thing/three"), things(store));
    }

    private CommandRun load(Path store, String data) {
        return CommandRun.of("load", "--base", BASE, "--store", store.toString(), "--data", ONTOLOGY, "--data", data);
    }

    private static String dir(String name) {
        return FIXTURES.resolve(name).toString();
    }

    /** The things in the store, read as a user of the store would: through its current database. */
    private static List<String> things(Path store) {
        Path current = new StoreDirectory(store).current().orElseThrow();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(current));
        return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph()
                .find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                        org.apache.jena.graph.NodeFactory.createURI(BASE + "def/ns#Thing"))
                .mapWith(t -> t.getSubject().getURI()).toList().stream().sorted().toList());
    }

    private static void writeThings(Path file, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                w.write("<" + BASE + "id/thing/n" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \"n" + i + "\" .\n");
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private interface Check {
        boolean ok() throws Exception;
    }

    private static void waitFor(Check check, int seconds) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!check.ok()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + seconds + " s");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }
}
