package se.linkoping.lod.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.linkoping.lod.store.StockFuseki;
import se.linkoping.lod.store.TestData;
import se.linkoping.lod.testing.RunningSite;

/**
 * With a remote store (no text index), search goes through plain SPARQL and finds the same things in
 * the seed data as the text index does. The seed data is loaded and searched with its index first;
 * then the same data, exported, is served by a stock Fuseki, and a site under the same base reads it
 * as its remote store (one web app runs per process at a time, so the two sites run one after the other).
 */
class PlainSearchTest {

    static final List<String> SEARCHES = List.of("Tonsberg", "tønsberg", "linkoping", "KAUNAS",
            "Kaunas kulturhuvudstad", "författarna", "bibliotekarier", "librarians", "exchange", "youth exchange",
            "ICORN", "Erasmus", "Palo Alto", "zyxwvutsrq", "kulturarv", "heritage", "Tampere", "the");

    @TempDir
    static Path folder;

    static final Map<String, Set<String>> INDEXED = new LinkedHashMap<>();
    static StockFuseki fuseki;
    static RunningSite remote;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        RunningSite embedded = RunningSite.seed().start();
        try {
            SEARCHES.forEach(q -> INDEXED.put(q, SearchHttpTest.found(embedded, q, "")));
            Path data = TestData.writeNQuads(embedded.dataset, folder.resolve("seed.nq"));
            fuseki = StockFuseki.start(data, Files.createDirectory(folder.resolve("fuseki")));
            remote = RunningSite.remote(fuseki::queryEndpoint, embedded.iris);
        } finally {
            embedded.close();
        }
        remote.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        remote.close();
        fuseki.close();
    }

    static List<String> searches() {
        return SEARCHES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void theRemoteStoreAnswersTheSameThings(String q) {
        if (!q.equals("zyxwvutsrq")) {
            assertFalse(INDEXED.get(q).isEmpty(), q + " finds something with the index");
        }
        assertEquals(INDEXED.get(q), SearchHttpTest.found(remote, q, ""), q);
    }

    @Test
    void theSearchesFindThings() {
        assertTrue(INDEXED.get("Tonsberg").stream().anyMatch(iri -> iri.endsWith("id/town/tonsberg")), INDEXED.toString());
        assertTrue(INDEXED.get("författarna").stream().anyMatch(iri -> iri.endsWith("id/project/fristad-linkoping")));
        assertEquals(Set.of(), INDEXED.get("zyxwvutsrq"));
    }

    @Test
    void thePageSaysItSearchesWithoutAnIndex() {
        HttpResponse<String> page = SearchHttpTest.fetch(remote, "search?q=kaunas", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("utan sökindex"), page.body());
        assertTrue(page.body().contains("<mark>Kaunas</mark>"), page.body());
    }
}
