package se.linkoping.lod.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.lod.testing.RunningSite;

/**
 * The search page through the real server over the seed data and its text index: inflections in
 * Swedish and English, words typed without their diacritics or in capitals, the filters, the pages,
 * escaping, JSON, the suggestions, the answers to searches that cannot be read, and ETags.
 */
class SearchHttpTest {

    @RegisterExtension
    static final RunningSite SITE = RunningSite.seed();

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
            "Tonsberg, id/town/tonsberg",
            "tönsberg, id/town/tonsberg",
            "linkoping, id/project/fristad-linkoping",
            "KAUNAS, id/town/kaunas",
            "författarna, id/project/fristad-linkoping",
            "bibliotekarien, id/project/one-library-for-all",
            "utbyten, id/project/kaunas-kulturhuvudstad-2022",
            "exchanges, id/project/our-way-heritage-lives",
            "librarians, id/project/one-library-for-all",
            "Kaunas kulturhuvudstad, id/project/kaunas-kulturhuvudstad-2022"})
    void aSearchFindsItsThing(String q, String thing) {
        Set<String> found = found(SITE, q, "");
        assertTrue(found.contains(SITE.url(thing)), q + " found " + found);
    }

    @Test
    void everyWordMustMatch() {
        Set<String> found = found(SITE, "Kaunas kulturhuvudstad", "");
        assertTrue(found.contains(SITE.url("id/project/kaunas-kulturhuvudstad-2022")), "both words: " + found);
        assertFalse(found.contains(SITE.url("id/town/kaunas")), "the town's name lacks the second word: " + found);
    }

    @Test
    void theTypeAndLanguageFiltersLimitTheAnswer() {
        assertEquals(Set.of(SITE.url("id/town/kaunas")), found(SITE, "kaunas", "&type=town"));
        Set<String> inSwedish = found(SITE, "exchange", "&language=sv");
        Set<String> inEnglish = found(SITE, "exchange", "&language=en");
        assertTrue(inEnglish.contains(SITE.url("id/project/green-challenge")), inEnglish.toString());
        assertFalse(inSwedish.contains(SITE.url("id/project/green-challenge")), inSwedish.toString());
        JsonObject answer = json(SITE, "search?format=json&q=kaunas");
        assertTrue(answer.getJsonObject("kinds").getInt("town") >= 1, answer.toString());
    }

    @Test
    void thePageShowsTheMatchesTheirTypeAndTheMatchedTextMarked() {
        HttpResponse<String> page = SITE.get("search?q=Tonsberg", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("href=\"/doc/town/tonsberg\""), page.body());
        assertTrue(page.body().contains("<mark>Tönsberg</mark>"), page.body());
        assertTrue(page.body().contains("<span class=\"tag\">Ort</span>"), page.body());
        HttpResponse<String> english = SITE.get("search?q=Tonsberg&lang=en", "text/html");
        assertTrue(english.body().contains("<mark>Tønsberg</mark>"), english.body());
        assertTrue(english.body().contains("href=\"/doc/town/tonsberg?lang=en\""), english.body());
        assertTrue(english.body().contains("<span class=\"tag\">Town</span>"), english.body());
    }

    @Test
    void htmlInTheSearchIsShownAsText() {
        String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        HttpResponse<String> page = SITE.get("search?q=" + encode(attack), "text/html");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>alert"), page.body());
        assertFalse(page.body().contains("<img src=x"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
    }

    @Test
    void aSearchWithoutMatchSaysSo() {
        HttpResponse<String> page = SITE.get("search?q=zyxwvutsrq", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Ingen träff för ”zyxwvutsrq”"), page.body());
        HttpResponse<String> english = SITE.get("search?q=zyxwvutsrq&lang=en", "text/html");
        assertTrue(english.body().contains("No match for “zyxwvutsrq”"), english.body());
        assertEquals(0, json(SITE, "search?format=json&q=zyxwvutsrq").getInt("total"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"Kaunas", "title:(x", "kaunas AND", "k*a?u~2^3", "[a TO z]", "a\\b", "OR", "a && b || !c"})
    void luceneSyntaxIsReadAsWords(String q) {
        HttpResponse<String> page = SITE.get("search?q=" + encode(q), "text/html");
        assertEquals(200, page.statusCode(), page.body());
        assertFalse(page.body().contains("class=\"search-error\""), q + " is read without an error");
        assertEquals(200, SITE.get("search?format=json&q=" + encode(q), "application/json").statusCode());
        if (q.equals("\"Kaunas")) {
            assertTrue(found(SITE, q, "").contains(SITE.url("id/town/kaunas")), q + " finds Kaunas by its word");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"q=***", "q=kaunas&type=castle", "q=kaunas&language=fi", "q=kaunas&page=abc",
            "q=kaunas&page=0", "q=kaunas&page=51"})
    void aSearchThatCannotBeReadIs400WithAMessage(String query) {
        HttpResponse<String> page = SITE.get("search?" + query, "text/html");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("class=\"search-error\" role=\"alert\""), page.body());
        HttpResponse<String> json = SITE.get("search?" + query, "application/json");
        assertEquals(400, json.statusCode());
        assertFalse(parse(json.body()).getString("error").isBlank());
    }

    @Test
    void aTooLongSearchIs400() {
        HttpResponse<String> json = SITE.get("search?q=" + "a".repeat(201), "application/json");
        assertEquals(400, json.statusCode());
        assertTrue(parse(json.body()).getString("error").contains("200"), json.body());
        assertEquals(400, SITE.get("search/suggest?q=" + "a".repeat(201), "application/json").statusCode());
        assertEquals(400, SITE.get("search", "application/json").statusCode(), "JSON needs a search");
        assertEquals(200, SITE.get("search", "text/html").statusCode(), "the page alone shows the box");
    }

    @Test
    void jsonAnswersWithTheSameThingsByAcceptOrFormat() {
        HttpResponse<String> accepted = SITE.get("search?q=kaunas", "application/json");
        assertEquals(200, accepted.statusCode());
        assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonObject byAccept = parse(accepted.body());
        JsonObject byFormat = json(SITE, "search?q=kaunas&format=json");
        assertEquals(byAccept, byFormat);
        JsonObject first = byAccept.getJsonArray("results").getJsonObject(0);
        assertTrue(first.getString("iri").startsWith(SITE.url("id/")), first.toString());
        assertEquals(20, byAccept.getInt("pageSize"));
    }

    @Test
    void theAnswerIsPaged20APage() {
        JsonObject first = json(SITE, "search?format=json&q=the");
        int total = first.getInt("total");
        assertTrue(total > 20, "more than 20 things have the word the: " + total);
        assertEquals(20, first.getJsonArray("results").size());
        JsonObject second = json(SITE, "search?format=json&q=the&page=2");
        assertEquals(Math.min(20, total - 20), second.getJsonArray("results").size());
        Set<String> both = new TreeSet<>(iris(first));
        both.addAll(iris(second));
        assertEquals(Math.min(40, total), both.size(), "no thing on both pages");
        HttpResponse<String> page = SITE.get("search?q=the", "text/html");
        assertTrue(page.body().contains("href=\"/search?q=the&amp;page=2\" rel=\"next\""), page.body());
    }

    @Test
    void theSearchBoxIsInTheHeaderOfEveryPageAndItsSuggestionsAnswer() {
        for (String path : List.of("", "projects", "doc/town/kaunas", "query", "open-data", "search")) {
            HttpResponse<String> page = SITE.get(path, "text/html");
            assertTrue(page.body().contains("<form class=\"site-search\" role=\"search\""), path);
            assertTrue(page.body().contains("search.js"), path);
        }
        JsonObject suggestions = json(SITE, "search/suggest?q=kau");
        assertTrue(suggestions.getJsonArray("suggestions").stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("href").equals("/doc/town/kaunas")), suggestions.toString());
        assertEquals(200, SITE.get("search.js", "*/*").statusCode());
    }

    @Test
    void answersFollowTheDataVersion() {
        HttpResponse<String> first = SITE.get("search?q=kaunas", "text/html");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = SITE.send(HttpRequest.newBuilder(URI.create(SITE.url("search?q=kaunas")))
                .header("Accept", "text/html").header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        String other = SITE.get("search?q=tours", "text/html").headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.equals(other), "another search, another ETag");
        String json = SITE.get("search?q=kaunas", "application/json").headers().firstValue("ETag").orElseThrow();
        assertFalse(etag.equals(json), "JSON has its own ETag");
    }

    /** The IRIs of the things a search finds, all pages of it. */
    static Set<String> found(RunningSite site, String q, String filters) {
        Set<String> found = new TreeSet<>();
        for (int page = 1; page <= 50; page++) {
            JsonObject answer = json(site, "search?format=json&q=" + encode(q) + filters + "&page=" + page);
            found.addAll(iris(answer));
            if (page >= answer.getInt("pageCount")) {
                return found;
            }
        }
        return found;
    }

    private static Set<String> iris(JsonObject answer) {
        Set<String> iris = new TreeSet<>();
        answer.getJsonArray("results").forEach(result -> iris.add(result.asJsonObject().getString("iri")));
        return iris;
    }

    static JsonObject json(RunningSite site, String relative) {
        HttpResponse<String> response = fetch(site, relative, "application/json");
        assertEquals(200, response.statusCode(), relative + ": " + response.body());
        return parse(response.body());
    }

    /** A GET of a path of the site's server (which is not its base when the base is fixed). */
    static HttpResponse<String> fetch(RunningSite site, String relative, String accept) {
        return site.send(HttpRequest.newBuilder(URI.create(site.root() + relative)).header("Accept", accept));
    }

    static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
