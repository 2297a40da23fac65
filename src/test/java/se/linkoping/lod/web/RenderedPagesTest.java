package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/** A document asked for again is served as rendered before, without store queries, until the client asks for a fresh one. */
class RenderedPagesTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @Test
    void aPageAskedAgainIsServedWithoutStoreQueries() {
        String doc = site.url("doc/town/tours");
        HttpResponse<byte[]> first = site.get(doc, Map.of("Accept", "text/html"));
        HttpResponse<byte[]> again = site.get(doc, Map.of("Accept", "text/html"));
        assertEquals("1", first.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertEquals("0", again.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertEquals(200, again.statusCode());
        assertArrayEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"));
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
        assertEquals(String.valueOf(again.body().length), again.headers().firstValue("Content-Length").orElse("none"),
                "a kept page states its length, sent in one piece");

        HttpResponse<byte[]> fresh = site.get(doc, Map.of("Accept", "text/html", "Cache-Control", "no-cache"));
        assertEquals("1", fresh.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertArrayEquals(first.body(), fresh.body());
    }

    @Test
    void eachVariantIsKeptApart() {
        String doc = site.url("doc/town/kaunas");
        String swedish = RunningSite.text(site.get(doc, Map.of("Accept", "text/html")));
        HttpResponse<byte[]> english = site.get(doc + "?lang=en", Map.of("Accept", "text/html"));
        assertEquals("1", english.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertTrue(swedish.contains("<html lang=\"sv\">") && RunningSite.text(english).contains("<html lang=\"en\">"));
        HttpResponse<byte[]> turtle = site.get(doc, Map.of("Accept", "text/turtle"));
        assertEquals("1", turtle.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertTrue(turtle.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
    }

    @Test
    void theLeastRecentlyUsedRenderingsGoFirstPastTheLimit() {
        RenderedPages pages = new RenderedPages();
        byte[] large = new byte[(int) (RenderedPages.MAX_BYTES / 2 + 1)];
        pages.put("a", large);
        pages.put("b", large);
        assertNull(pages.get("a"), "the older rendering is let go");
        assertNotNull(pages.get("b"));
        pages.put("c", new byte[16]);
        assertNotNull(pages.get("b"));
        assertNotNull(pages.get("c"));
    }
}
