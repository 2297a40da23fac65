package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.history.History;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.testing.RunningSite;

/**
 * While the history's first versions are being made in the background (the first start of a store
 * after its first load), the pages stay up: the feed and the TimeMap and mementos answer 503 with
 * {@code Retry-After}, a document's page is served without a list of versions; once made, they answer
 * from the versions. The making is held back by a write transaction on the history, which the bulk
 * loader's own write waits for (TDB2 has one writer at a time), so the test sees the state it asserts
 * however fast the machine is.
 */
class FirstVersionsBeingMadeTest {

    private static final String DOC = "doc/project/art4rights";

    private final RunningSite site = RunningSite.loaded();

    @AfterEach
    void close() {
        site.close();
    }

    @Test
    void theFeedAndMementosSay503UntilTheFirstVersionsAreMadeAndPagesStayUp() throws Exception {
        site.start();
        Path store = site.directory.root();
        site.history.awaitBaseline();
        site.history.close();
        deleteRecursively(store.resolve(StoreDirectory.HISTORY));
        site.history = History.open(store, site.iris);
        DatasetGraph versions = site.history.database();
        versions.begin(TxnType.WRITE);
        Optional<Thread> making;
        try {
            making = site.history.baselineInBackground(site.dataset);
            assertTrue(making.isPresent(), "an empty history gets its first versions");
            assertTrue(site.history.isBuilding());
            site.serve(CatalogSettings.defaults(), site.dumps);

            for (String path : new String[] {"feed", "feed/0", "timemap/" + DOC}) {
                HttpResponse<String> answer = site.get(path, "text/turtle");
                assertEquals(503, answer.statusCode(), path + ": " + answer.body());
                assertEquals("10", answer.headers().firstValue("Retry-After").orElse(""), path);
            }
            HttpResponse<byte[]> memento = site.get(site.url(DOC), Map.of("Accept", "text/turtle",
                    "Accept-Datetime", "Thu, 03 Dec 2026 10:00:00 GMT"));
            assertEquals(503, memento.statusCode());
            assertEquals("10", memento.headers().firstValue("Retry-After").orElse(""), "the memento");
            HttpResponse<String> page = site.get(DOC, "text/html");
            assertEquals(200, page.statusCode(), "the document's page does not wait for the history");
            assertFalse(page.body().contains("?version="), "no versions listed before they are made");
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""),
                    "a page without its versions is not kept");
        } finally {
            versions.abort();
        }
        making.get().join(60_000);
        assertFalse(site.history.isBuilding());
        assertTrue(site.history.size() > 100, "a version of each thing: " + site.history.size());
        assertEquals(200, site.get("feed", "text/turtle").statusCode());
        HttpResponse<String> timeMap = site.get("timemap/" + DOC, "application/link-format");
        assertEquals(200, timeMap.statusCode(), timeMap.body());
        assertTrue(site.get(DOC, "text/html").body().contains("?version="), "the page lists its first version");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
