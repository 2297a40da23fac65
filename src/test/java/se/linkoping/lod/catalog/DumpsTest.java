package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.store.DataVersion;

/** The dumps written from a real TDB2 store holding the project's data. */
class DumpsTest {

    @TempDir
    static Path tmp;

    private static LoadedSite site;

    @BeforeAll
    static void load() {
        site = LoadedSite.load(tmp);
    }

    @AfterAll
    static void close() {
        site.close();
    }

    @Test
    void theWholeDatasetsDumpsHoldEveryTripleInEveryFormat() throws IOException {
        DumpSet set = site.dumps.write(site.store, site.store.version());

        List<DumpFile> whole = set.filesOf(CatalogDescription.load(site.iris).whole());
        assertEquals(List.of("all.nt.gz", "all.ttl", "all.jsonld"), whole.stream().map(DumpFile::fileName).toList());
        for (DumpFile file : whole) {
            assertEquals(site.triples(), read(file).size(), file.fileName());
            assertEquals(Files.size(file.path()), file.bytes());
        }
    }

    @Test
    void aSubjectDatasetsDumpsHoldWhatIsSaidAboutItsThings() throws IOException {
        DumpSet set = site.dumps.writeIfMissing(site.store);
        PublishedDataset towns = CatalogDescription.load(site.iris).subsets().stream()
                .filter(d -> d.dumpStem().equals("towns")).findFirst().orElseThrow();

        Model model = read(set.file("towns.ttl").orElseThrow());
        assertFalse(model.isEmpty());
        for (Resource subject : model.listSubjects().toList()) {
            assertTrue(subject.isAnon() || subject.getURI().startsWith(towns.uriSpace()), subject.toString());
        }
        assertTrue(model.containsResource(model.createResource(site.iris.resolve("id/town/kaunas"))));
    }

    @Test
    void writesEachVersionOnceInItsOwnFolderAndRemovesOlderOnes() throws IOException {
        DataVersion current = site.store.version();
        DumpSet first = site.dumps.writeIfMissing(site.store);
        Path file = first.file("all.ttl").orElseThrow().path();
        FileTime written = Files.getLastModifiedTime(file);

        DumpSet again = site.dumps.writeIfMissing(site.store);
        assertEquals(written, Files.getLastModifiedTime(again.file("all.ttl").orElseThrow().path()));

        DataVersion next = new DataVersion("next" + current.digest(), Instant.now());
        DumpSet newer = site.dumps.write(site.store, next);
        assertTrue(Files.exists(newer.file("all.ttl").orElseThrow().path()));
        assertFalse(Files.exists(file), "the older version's folder is removed");
        assertTrue(site.dumps.find(current).isEmpty());
        try (Stream<Path> children = Files.list(site.dumps.dir())) {
            assertEquals(1, children.count(), "no temporary folders are left behind");
        }
        site.dumps.write(site.store, current);
    }

    @Test
    void anIncompleteVersionFolderIsWrittenAgain() throws IOException {
        DumpSet written = site.dumps.writeIfMissing(site.store);
        Files.delete(written.file("towns.jsonld").orElseThrow().path());
        assertTrue(site.dumps.find(site.store.version()).isEmpty());

        DumpSet again = site.dumps.writeIfMissing(site.store);
        assertTrue(Files.isRegularFile(again.file("towns.jsonld").orElseThrow().path()));
        assertEquals(12, again.files().size());
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
