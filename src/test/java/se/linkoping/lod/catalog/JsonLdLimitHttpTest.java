package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.linkoping.lod.catalog.DumpWritingHttpTest.get;
import static se.linkoping.lod.catalog.DumpWritingHttpTest.parse;
import static se.linkoping.lod.catalog.DumpWritingHttpTest.untilWritten;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * A server whose JSON-LD limit is below the size of every dataset: it writes and lists N-Triples and
 * Turtle only, and its catalogue still meets DCAT-AP-SE.
 */
class JsonLdLimitHttpTest {

    private static final long SMALL_LIMIT = 10;

    @RegisterExtension
    static final RunningSite site = RunningSite.seed()
            .dumps((folder, iris) -> new Dumps(folder.resolve("limited-dumps"), iris, SMALL_LIMIT, DumpListener.logging()));

    @Test
    void withTheJsonLdLimitBelowTheDataThereIsNoJsonLdDumpNorDistribution() throws Exception {
        untilWritten(site, "dumps/all.ttl");
        assertEquals(404, get(site, "dumps/all.jsonld", "GET").statusCode());
        assertEquals(404, get(site, "dumps/towns.jsonld", "GET").statusCode());
        assertEquals(200, get(site, "dumps/towns.nt.gz", "GET").statusCode());

        Model catalog = parse(get(site, "datasets/dcat", "GET").body(), Lang.RDFXML);
        List<String> downloads = catalog.listObjectsOfProperty(DCAT.downloadURL).mapWith(n -> n.asResource().getURI())
                .toList();
        assertEquals(8, downloads.stream().filter(url -> !url.contains("/dumps/v/")).count(),
                "the current version's dumps, beside the kept versions': " + downloads);
        assertTrue(downloads.stream().noneMatch(url -> url.endsWith(".jsonld")), downloads.toString());
        assertTrue(catalog.contains(null, DCAT.byteSize));
        assertEquals(List.of(), DcatApValidator.violations(catalog));

        Model description = parse(get(site, ".well-known/void", "GET").body(), Lang.TURTLE);
        List<String> voidDumps = description.listObjectsOfProperty(VOID.dataDump).mapWith(n -> n.asResource().getURI())
                .toList();
        assertEquals(8, voidDumps.size(), voidDumps.toString());
        assertTrue(voidDumps.stream().noneMatch(url -> url.endsWith(".jsonld")), voidDumps.toString());
    }
}
