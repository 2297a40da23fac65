package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * Time travel through the real server (Memento, RFC 7089): a document answers {@code Accept-Datetime}
 * with the description as it was then, the TimeMap lists every version, a time before the first version
 * is 404 with a message, and the page of a thing lists its history, each version readable.
 */
class MementoTest {

    private static final String DOC = "doc/project/fristad-linkoping";
    private static final String LABEL = "Tidsresans etikett";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void acceptDatetimeBeforeAndAfterAChangeGivesTheOldAndTheNewDescription() throws Exception {
        Thread.sleep(1100);
        String before = httpDate(Instant.now());
        Thread.sleep(1100);
        HttpResponse<String> write = site.update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "INSERT DATA { <id/project/fristad-linkoping> skos:altLabel \"" + LABEL + "\"@sv }");
        assertEquals(200, write.statusCode(), write.body());
        Thread.sleep(1100);
        String after = httpDate(Instant.now());

        HttpResponse<String> old = past(before, "text/turtle");
        assertEquals(200, old.statusCode(), old.body());
        assertFalse(old.body().contains(LABEL), "the description before the change");
        assertTrue(old.body().contains("Fristad"), old.body());
        assertTrue(header(old, "Memento-Datetime").endsWith("GMT"));
        String link = header(old, "Link");
        assertTrue(link.contains("<" + site.url(DOC) + ">; rel=\"original timegate\""), link);
        assertTrue(link.contains("<" + site.url("timemap/" + DOC) + ">; rel=\"timemap\""), link);
        assertTrue(header(old, "Content-Location").startsWith(site.url(DOC) + "?version="));
        assertTrue(header(old, "Vary").contains("Accept-Datetime"));
        String version = header(old, "Content-Location").substring((site.url(DOC) + "?version=").length());
        HttpResponse<String> asTurtle = site.get(DOC + ".ttl?version=" + version, "text/html");
        assertEquals(200, asTurtle.statusCode(), asTurtle.body());
        assertTrue(header(asTurtle, "Content-Type").startsWith("text/turtle"), "the extension names the format");
        assertFalse(asTurtle.body().contains(LABEL), "the same old version");
        assertEquals(404, site.get(DOC + ".nope?version=" + version, "text/html").statusCode());

        HttpResponse<String> now = past(after, "text/turtle");
        assertEquals(200, now.statusCode());
        assertTrue(now.body().contains(LABEL), "the description after the change");

        HttpResponse<String> timeMap = site.get("timemap/" + DOC, "application/link-format");
        assertEquals(200, timeMap.statusCode());
        assertTrue(header(timeMap, "Content-Type").startsWith("application/link-format"));
        List<String> mementos = Pattern.compile("rel=\"[a-z ]*memento\"").matcher(timeMap.body()).results()
                .map(m -> m.group()).toList();
        assertEquals(2, mementos.size(), timeMap.body());
        assertTrue(timeMap.body().contains(header(old, "Content-Location")));
        assertTrue(timeMap.body().contains(header(now, "Content-Location")));

        HttpResponse<String> tooEarly = past("Sat, 01 Jan 2000 00:00:00 GMT", "text/turtle");
        assertEquals(404, tooEarly.statusCode());
        assertTrue(tooEarly.body().contains("no version at or before Sat, 1 Jan 2000")
                && tooEarly.body().contains("first version"), tooEarly.body());
        assertEquals(400, past("yesterday", "text/turtle").statusCode());

        HttpResponse<String> page = site.get(DOC + "?lang=en", "text/html");
        Matcher versions = Pattern.compile("href=\"([^\"]*\\?version=\\d+&amp;lang=en)\"").matcher(page.body());
        assertTrue(versions.find(), "the page lists the history");
        assertTrue(versions.find(), "both versions");
        String first = versions.group(1).replace("&amp;", "&");
        HttpResponse<String> readable = site.send(HttpRequest.newBuilder(URI.create(site.root().replaceAll("/$", "")
                + first)).header("Accept", "text/html"));
        assertEquals(200, readable.statusCode());
        assertTrue(readable.body().contains("As it was on"), readable.body());
        assertFalse(readable.body().contains(LABEL));
        assertTrue(header(readable, "Cache-Control").contains("immutable"));
    }

    private static HttpResponse<String> past(String datetime, String accept) {
        return site.send(HttpRequest.newBuilder(URI.create(site.url(DOC))).header("Accept", accept)
                .header("Accept-Datetime", datetime));
    }


    @Test
    void aThingsPageListsItsNewestVersionsAndTheTimeMapEveryOne() {
        String doc = "doc/project/green-challenge";
        int writes = Mementos.LISTED + 2;
        for (int i = 0; i < writes; i++) {
            HttpResponse<String> write = site.update("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                    + "INSERT DATA { <id/project/green-challenge> skos:altLabel \"Version " + i + "\"@sv }");
            assertEquals(200, write.statusCode(), write.body());
        }
        long all = site.get("timemap/" + doc, "application/link-format").body().lines()
                .filter(line -> line.contains("memento\"")).count();
        assertEquals(writes + 1, all, "the TimeMap lists the first version and one per write");

        String page = site.get(doc + "?lang=en", "text/html").body();
        List<String> listed = new ArrayList<>();
        Matcher item = Pattern.compile("<li value=\"(\\d+)\"><a href=\"[^\"]*\\?version=").matcher(page);
        while (item.find()) {
            listed.add(item.group(1));
        }
        List<String> newest = new ArrayList<>();
        for (long position = all; position > all - Mementos.LISTED; position--) {
            newest.add(Long.toString(position));
        }
        assertEquals(newest, listed, "the newest versions, newest first, each numbered by its place among all");
        assertFalse(page.contains("first version"), "the first version is not among those listed");
    }
    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
