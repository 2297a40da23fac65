package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.cli.CommandRun;
import se.linkoping.lod.history.History;
import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.store.StoreBackup;
import se.linkoping.lod.store.StoreDirectory;

/**
 * {@code lod backup} of a serving server (after staff writes), {@code lod restore} into an empty store:
 * the same triples and the same change log; and {@code backup} and {@code compact} of a store at rest.
 */
class BackupRestoreTest {

    private static final String SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @TempDir
    Path tmp;

    @Test
    void aBackupTakenWhileServingRestoresTheSameTriplesAndChangeLog() throws Exception {
        try (RunningSite site = RunningSite.admin().start()) {
            for (String label : List.of("Fristaden", "Staden för fria ord")) {
                assertEquals(200, site.send(update(site, SKOS + "INSERT DATA { <id/project/fristad-linkoping> "
                        + "skos:altLabel \"" + label + "\"@sv }")).statusCode());
            }
            Path password = Files.writeString(tmp.resolve("password"), RunningSite.PASSWORD + "\n");
            CommandRun wrong = CommandRun.of("backup", "--server", site.url(""), "--user", RunningSite.USER,
                    "--password-file", Files.writeString(tmp.resolve("wrong"), "guess").toString());
            assertEquals(2, wrong.exitCode(), wrong.out());
            assertTrue(wrong.err().contains("401"), wrong.err());

            CommandRun backup = CommandRun.of("backup", "--server", site.url(""), "--user", RunningSite.USER,
                    "--password-file", password.toString());
            assertEquals(0, backup.exitCode(), backup.err());
            String written = backup.out().replaceFirst("(?s)^Backup written to (.*?): .*$", "$1");
            Path folder = Path.of(written);
            assertTrue(folder.startsWith(site.directory.root().resolve("backups")), backup.out());
            assertTrue(backup.out().contains("2 change log entries"), backup.out());

            Path restored = tmp.resolve("restored");
            CommandRun restore = CommandRun.of("restore", folder.toString(), "--store", restored.toString());
            assertEquals(0, restore.exitCode(), restore.err());
            DatasetGraph copy = new StoreDirectory(restored).openCurrent();
            try {
                assertTrue(Txn.calculateRead(site.dataset, () -> Txn.calculateRead(copy,
                        () -> sameQuads(site.dataset, copy))), "the restored store holds the same quads");
                assertTrue(Txn.calculateRead(copy, () -> copy.getDefaultGraph().size()) > 1000);
            } finally {
                StoreDirectory.release(copy);
            }
            try (History history = History.open(restored, site.iris)) {
                assertEquals(site.history.size(), history.size(), "the history is restored beside the data");
                assertTrue(history.size() > 100);
            }
            assertEquals(files(site.changeLog.folder()), files(restored.resolve("changes")));
            assertEquals(2, files(restored.resolve("changes")).size());

            CommandRun again = CommandRun.of("restore", folder.toString(), "--store", restored.toString());
            assertEquals(2, again.exitCode());
            assertTrue(again.err().contains("holds data already"), again.err());
        }
    }

    @Test
    void aStoreAtRestIsBackedUpAndCompacted() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, CommandRun.of("load", "--store", store.toString()).exitCode());
        CommandRun backup = CommandRun.of("backup", "--store", store.toString(), "--output", tmp.resolve("b").toString());
        assertEquals(0, backup.exitCode(), backup.err());
        assertTrue(backup.out().matches("(?s)Backup written to .*: [0-9,]+ quads, 1 change log entries\\s*"),
                "the load is recorded: " + backup.out());
        assertTrue(Files.isRegularFile(tmp.resolve("b").resolve(StoreBackup.HISTORY)), "with the history");

        CommandRun compact = CommandRun.of("compact", "--store", store.toString());
        assertEquals(0, compact.exitCode(), compact.err());
        assertTrue(compact.out().startsWith("Compacted "), compact.out());

        Path restored = tmp.resolve("restored");
        assertEquals(0, CommandRun.of("restore", tmp.resolve("b").toString(), "--store", restored.toString()).exitCode());
        DatasetGraph original = new StoreDirectory(store).openCurrent();
        DatasetGraph copy = new StoreDirectory(restored).openCurrent();
        try {
            assertTrue(Txn.calculateRead(original, () -> Txn.calculateRead(copy,
                    () -> sameQuads(original, copy))), "the compacted and the restored store match");
        } finally {
            StoreDirectory.release(original);
            StoreDirectory.release(copy);
        }
    }

    private static HttpRequest.Builder update(RunningSite site, String text) {
        return HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text));
    }

    /** The files of a folder by name, with their content. */
    private static TreeMap<String, String> files(Path folder) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return files;
    }

    /**
     * The same graph names, and each graph isomorphic to its namesake. Graph by graph, Jena's hashing
     * matcher decides in a moment where a backtracking match of the whole dataset takes minutes.
     */
    private static boolean sameQuads(DatasetGraph one, DatasetGraph other) {
        Set<Node> names = new HashSet<>();
        one.listGraphNodes().forEachRemaining(names::add);
        Set<Node> otherNames = new HashSet<>();
        other.listGraphNodes().forEachRemaining(otherNames::add);
        return names.equals(otherNames)
                && one.getDefaultGraph().isIsomorphicWith(other.getDefaultGraph())
                && names.stream().allMatch(name -> one.getGraph(name).isIsomorphicWith(other.getGraph(name)));
    }
}
