package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.testing.RunningSite;

/** The dumps written from a real TDB2 store holding the project's data. */
class DumpsTest {

    @TempDir
    static Path tmp;

    @RegisterExtension
    static final RunningSite site = RunningSite.loaded();

    @Test
    void byDefaultAJsonLdDumpIsWrittenOnlyForWhatTheHeapHolds() {
        assertEquals(65_536, Dumps.jsonLdMaxTriples(256L << 20), "bin/lod's 256 MB heap");
        assertEquals(1_048_576, Dumps.jsonLdMaxTriples(4L << 30), "JAVA_OPTS=-Xmx4g");
    }

    @Test
    void theWholeDatasetsDumpsHoldEveryTripleInEveryFormat() throws IOException {
        DumpSet set = write(site.store.version());

        List<DumpFile> whole = set.filesOf(CatalogDescription.load(site.iris).whole());
        assertEquals(List.of("all.nt.gz", "all.ttl", "all.jsonld"), whole.stream().map(DumpFile::fileName).toList());
        for (DumpFile file : whole) {
            assertEquals(site.triples(), read(file).size(), file.fileName());
            assertEquals(Files.size(file.path()), file.bytes());
        }
    }

    @Test
    void theTurtleDumpUsesTheDatasPrefixes() throws IOException {
        DumpSet set = writeIfMissing();

        String turtle = Files.readString(set.file("all.ttl").orElseThrow().path());
        assertTrue(turtle.contains("PREFIX skos:") || turtle.contains("@prefix skos:"), turtle.substring(0, 500));
        assertTrue(turtle.contains("skos:prefLabel"), "terms are written with their prefixes");
    }

    @Test
    void aSubjectDatasetsDumpsHoldWhatIsSaidAboutItsThings() throws IOException {
        DumpSet set = writeIfMissing();
        PublishedDataset towns = CatalogDescription.load(site.iris).subsets().stream()
                .filter(d -> d.dumpStem().equals("towns")).findFirst().orElseThrow();

        Model model = read(set.file("towns.ttl").orElseThrow());
        assertFalse(model.isEmpty());
        assertEquals(model.size(), lines(set.file("towns.nt.gz").orElseThrow()), "each triple once");
        for (Resource subject : model.listSubjects().toList()) {
            assertTrue(subject.isAnon() || subject.getURI().startsWith(towns.uriSpace()), subject.toString());
        }
        assertTrue(model.containsResource(model.createResource(site.iris.resolve("id/town/kaunas"))));
    }

    @Test
    void writesEachVersionOnceInItsOwnFolderAndKeepsOnlyTheNewestVersions() throws IOException {
        DataVersion current = site.store.version();
        DumpSet first = writeIfMissing();
        Path file = first.file("all.ttl").orElseThrow().path();
        FileTime written = Files.getLastModifiedTime(file);

        DumpSet again = writeIfMissing();
        assertEquals(written, Files.getLastModifiedTime(again.file("all.ttl").orElseThrow().path()));

        DataVersion next = new DataVersion("next" + current.digest(), Instant.now());
        DumpSet newer = write(next);
        assertTrue(Files.exists(newer.file("all.ttl").orElseThrow().path()));
        assertTrue(Files.exists(file), "the older version is kept, among the newest");
        assertEquals(List.of(next, current), site.dumps.keptVersions().stream().map(KeptVersion::version).toList());

        Dumps keepingOne = new Dumps(site.dumps.dir(), site.iris, Dumps.defaultJsonLdMaxTriples(),
                DumpListener.logging(), 1, null);
        DataVersion third = new DataVersion("third" + current.digest(), Instant.now());
        keepingOne.write(site.store, third, () -> false).orElseThrow();
        assertFalse(Files.exists(file), "versions beyond the number kept are removed");
        assertTrue(site.dumps.find(current).isEmpty());
        try (Stream<Path> children = Files.list(site.dumps.dir())) {
            assertEquals(1, children.count(), "no temporary folders are left behind");
        }
        write(current);
    }

    @Test
    void anIncompleteVersionFolderIsWrittenAgain() throws IOException {
        for (String lost : List.of("towns.jsonld", "towns.ttl", DumpCounts.FILE_NAME)) {
            DumpSet written = writeIfMissing();
            Files.delete(written.files().get(0).path().resolveSibling(lost));
            assertTrue(site.dumps.find(site.store.version()).isEmpty(), "without " + lost);

            DumpSet again = writeIfMissing();
            assertTrue(Files.isRegularFile(again.file("towns.jsonld").orElseThrow().path()));
            assertEquals(12, again.files().size());
        }
    }

    @Test
    void aDatasetLargerThanTheLimitHasNoJsonLdDumpAndIsStillComplete() throws IOException {
        long whole = site.triples();
        Dumps limited = new Dumps(tmp.resolve("limited"), site.iris, whole - 1, DumpListener.logging());
        DataVersion version = site.store.version();

        DumpSet set = limited.write(site.store, version, () -> false).orElseThrow();

        assertTrue(set.file("all.jsonld").isEmpty(), "the whole dataset is over the limit");
        assertFalse(Files.exists(set.file("all.ttl").orElseThrow().path().resolveSibling("all.jsonld")));
        assertTrue(set.file("towns.jsonld").isPresent(), "a subject dataset is under it");
        assertEquals(11, set.files().size());
        assertEquals(set, limited.find(version).orElseThrow(), "the folder counts as complete");
    }

    @Test
    void aTemporaryFolderLeftByAKilledWriteIsRemovedByTheNextWrite() throws IOException {
        Path killed = Files.createDirectories(site.dumps.dir().resolve(".writing-killed"));
        Files.writeString(killed.resolve("all.ttl"), "@prefix");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path recent = Files.createDirectories(site.dumps.dir().resolve(".writing-recent"));

        write(site.store.version());

        assertFalse(Files.exists(killed));
        assertTrue(Files.exists(recent), "a recent one may belong to a write under way");
        Files.delete(recent);
    }

    @Test
    void aWriteThatIsNoLongerWantedStopsAndLeavesNothing() throws IOException {
        Dumps elsewhere = new Dumps(tmp.resolve("abandoned"), site.iris);
        DataVersion version = site.store.version();

        assertTrue(elsewhere.write(site.store, version, () -> true).isEmpty());
        assertTrue(elsewhere.find(version).isEmpty());
        try (Stream<Path> children = Files.list(elsewhere.dir())) {
            assertEquals(0, children.count(), "no temporary folder is left behind");
        }
    }

    @Test
    void inTheBackgroundANewerVersionSupersedesTheWriteUnderWay() throws Exception {
        HeldDumpListener held = new HeldDumpListener();
        Dumps background = new Dumps(tmp.resolve("background"), site.iris, Dumps.defaultJsonLdMaxTriples(), held);
        DataVersion current = site.store.version();
        DataVersion newer = new DataVersion("newer" + current.digest(), Instant.now());

        assertTrue(background.ready(site.store, current).isEmpty(), "not written yet: started in the background");
        held.awaitStarted();
        assertTrue(background.ready(site.store, current).isEmpty(), "asked again while being written");
        assertTrue(background.ready(site.store, newer).isEmpty());
        held.release();

        DumpSet written = eventually(() -> background.find(newer));
        assertEquals(12, written.files().size());
        assertEquals(current, held.abandoned(), "the older version's write stopped");
        assertTrue(background.find(current).isEmpty());
        try (Stream<Path> children = Files.list(background.dir())) {
            assertEquals(1, children.count(), "only the newer version's folder");
        }
    }

    private static DumpSet eventually(Supplier<Optional<DumpSet>> found) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < end) {
            Optional<DumpSet> set = found.get();
            if (set.isPresent()) {
                return set.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The dumps were not written within a minute");
    }

    private static DumpSet write(DataVersion version) {
        return site.dumps.write(site.store, version, () -> false).orElseThrow();
    }

    private static DumpSet writeIfMissing() {
        return site.dumps.find(site.store.version()).orElseGet(() -> write(site.store.version()));
    }

    private static long lines(DumpFile gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzipped.path()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }
    }

    private static Model read(DumpFile file) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream raw = Files.newInputStream(file.path());
             InputStream in = file.format().gzipped() ? new GZIPInputStream(raw) : raw) {
            Lang lang = switch (file.format()) {
                case N_TRIPLES_GZIP -> Lang.NTRIPLES;
                case TURTLE -> Lang.TURTLE;
                case JSON_LD -> Lang.JSONLD;
            };
            RDFParser.source(in).lang(lang).parse(model);
        }
        return model;
    }
}
