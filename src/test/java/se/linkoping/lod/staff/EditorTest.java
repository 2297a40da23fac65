package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * The editor over HTTP, as a browser without JavaScript uses it: a new project from the form generated
 * from the project shape, previewed in words and published; a violation shown at its field with nothing
 * written; an edit undone; a project ended; a delete refused while others link to the thing, and a
 * deleted thing's IRI answering 410 Gone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditorTest {

    private static final String PROJECT = "id/project/kultur-for-alla";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    private static StaffBrowser browser;
    private static String session;

    @BeforeAll
    static void signIn() {
        browser = new StaffBrowser(site);
        session = browser.signIn();
    }

    @Test
    @Order(1)
    void aNewProjectIsPreviewedInWordsThenPublished() {
        HttpResponse<String> form = browser.get("staff/kinds/project/new?lang=en", session);
        assertEquals(200, form.statusCode(), form.body());
        String html = form.body();
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(
                Map.entry("csrf", StaffBrowser.token(html)),
                Map.entry(key(html, "preferred label") + ".sv", "Kultur för alla"),
                Map.entry(key(html, "preferred label") + ".en", "Culture for all"),
                Map.entry(key(html, "description") + ".sv", "ett projekt om kultur för alla"),
                Map.entry(key(html, "description") + ".en", "a project on culture for everyone"),
                Map.entry(key(html, "label as written") + ".sv", "Kultur för alla"),
                Map.entry(key(html, "derived from"), site.url("id/document/eu-projekt-inom-kultur")),
                Map.entry(key(html, "list position"), "9"),
                Map.entry(key(html, "ongoing in"), "2026"),
                Map.entry(key(html, "run by"), site.url("id/organization/kultur-och-fritidsforvaltningen")),
                Map.entry(key(html, "programme"), site.url("id/programme/erasmus-plus")),
                Map.entry(key(html, "involves"), site.url("id/country/finland")),
                Map.entry("kind", "project")));
        long before = site.triples();
        List<Map.Entry<String, String>> preview = new ArrayList<>(fields);
        preview.add(Map.entry("action", "preview"));
        HttpResponse<String> previewed = browser.post("staff/kinds/project/new?lang=en", session, preview);
        assertEquals(200, previewed.statusCode(), previewed.body());
        assertTrue(previewed.body().contains("<strong>added:</strong> programme Erasmus+"), previewed.body());
        assertTrue(previewed.body().contains("<strong>added:</strong> involves Finland"), previewed.body());
        assertTrue(previewed.body().contains(site.url(PROJECT)), "the new IRI is made from the Swedish name");
        assertEquals(before, site.triples(), "a preview writes nothing");

        List<Map.Entry<String, String>> publish = new ArrayList<>(fields);
        publish.add(Map.entry("action", "publish"));
        HttpResponse<String> published = browser.post("staff/kinds/project/new?lang=en", session, publish);
        assertEquals(303, published.statusCode(), published.body());
        assertTrue(site.holds("<" + PROJECT + "> skos:prefLabel \"Culture for all\"@en"));
        assertTrue(site.holds("<" + PROJECT + "> <https://w3id.org/lkp/def/ns#programme> <id/programme/erasmus-plus>"));
        assertEquals(200, site.get("doc/project/kultur-for-alla", "text/html").statusCode());
    }

    @Test
    @Order(2)
    void aViolationIsShownAtItsFieldAndNothingIsWritten() {
        HttpResponse<String> form = browser.get("staff/things/project/kultur-for-alla?lang=en", session);
        assertEquals(200, form.statusCode(), form.body());
        String html = form.body();
        long before = site.triples();
        HttpResponse<String> refused = browser.post("staff/things/project/kultur-for-alla?lang=en", session, List.of(
                Map.entry("csrf", StaffBrowser.token(html)),
                Map.entry("kind", "project"),
                Map.entry(key(html, "preferred label") + ".sv", "Kultur för alla"),
                Map.entry(key(html, "preferred label") + ".en", ""),
                Map.entry(key(html, "description") + ".sv", "ett projekt om kultur för alla"),
                Map.entry(key(html, "description") + ".en", "a project on culture for everyone"),
                Map.entry(key(html, "label as written") + ".sv", "Kultur för alla"),
                Map.entry(key(html, "derived from"), site.url("id/document/eu-projekt-inom-kultur")),
                Map.entry(key(html, "list position"), "9"),
                Map.entry(key(html, "ongoing in"), "twenty"),
                Map.entry(key(html, "run by"), site.url("id/organization/kultur-och-fritidsforvaltningen")),
                Map.entry(key(html, "programme"), site.url("id/programme/erasmus-plus")),
                Map.entry("action", "publish")));
        assertEquals(422, refused.statusCode());
        assertTrue(fieldSays(refused.body(), key(html, "ongoing in"), "Write a year with four digits"), refused.body());
        assertEquals(before, site.triples());

        HttpResponse<String> emptyName = browser.post("staff/things/project/kultur-for-alla?lang=en", session, List.of(
                Map.entry("csrf", StaffBrowser.token(html)),
                Map.entry("kind", "project"),
                Map.entry(key(html, "preferred label") + ".sv", "Kultur för alla"),
                Map.entry(key(html, "description") + ".sv", "ett projekt om kultur för alla"),
                Map.entry(key(html, "description") + ".en", "a project on culture for everyone"),
                Map.entry(key(html, "label as written") + ".sv", "Kultur för alla"),
                Map.entry(key(html, "derived from"), site.url("id/document/eu-projekt-inom-kultur")),
                Map.entry(key(html, "list position"), "9"),
                Map.entry(key(html, "ongoing in"), "2026"),
                Map.entry(key(html, "run by"), site.url("id/organization/kultur-och-fritidsforvaltningen")),
                Map.entry(key(html, "programme"), site.url("id/programme/erasmus-plus")),
                Map.entry("action", "publish")));
        assertEquals(422, emptyName.statusCode());
        assertTrue(fieldSays(emptyName.body(), key(html, "preferred label"), "This field must be filled in"),
                emptyName.body());
        assertEquals(before, site.triples());
        assertTrue(site.holds("<" + PROJECT + "> skos:prefLabel \"Culture for all\"@en"));
    }

    @Test
    @Order(3)
    void aProjectIsEndedAndTheEditUndone() {
        String html = browser.get("staff/things/project/kultur-for-alla?lang=en", session).body();
        List<Map.Entry<String, String>> fields = currentValues(html);
        fields.removeIf(e -> e.getKey().equals(key(html, "ended in")));
        fields.add(Map.entry(key(html, "ended in"), "2026"));
        fields.add(Map.entry("action", "publish"));
        HttpResponse<String> ended = browser.post("staff/things/project/kultur-for-alla?lang=en", session, fields);
        assertEquals(303, ended.statusCode(), ended.body());
        assertTrue(site.holds("<" + PROJECT + "> <https://w3id.org/lkp/def/ns#endedIn> \"2026\"^^<http://www.w3.org/2001/XMLSchema#gYear>"));

        HttpResponse<String> history = browser.get("staff/things/project/kultur-for-alla/history?lang=en", session);
        assertTrue(history.body().contains("added: Culture for all – ended in: 2026"), history.body());
        Matcher revert = Pattern.compile("action=\"(/staff/history/[^\"]+-edit-[^\"]+/revert)\\?lang=en\"").matcher(history.body());
        assertTrue(revert.find(), history.body());
        HttpResponse<String> undone = browser.post(revert.group(1).substring(1) + "?lang=en", session,
                Map.of("csrf", StaffBrowser.token(history.body())));
        assertEquals(303, undone.statusCode(), undone.body());
        assertFalse(site.holds("<" + PROJECT + "> <https://w3id.org/lkp/def/ns#endedIn> ?year"), "the end is undone");
        assertTrue(browser.get("staff/history?lang=en", session).body().contains("Undone"));
    }

    @Test
    @Order(4)
    void aThingOthersLinkToIsNotDeletedAndADeletedOneIsGone() {
        String programme = browser.get("staff/things/programme/erasmus-plus?lang=en", session).body();
        HttpResponse<String> refused = browser.post("staff/things/programme/erasmus-plus/delete?lang=en", session,
                Map.of("csrf", StaffBrowser.token(programme)));
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Culture for all</a> – programme"), refused.body());
        assertTrue(site.holds("<id/programme/erasmus-plus> ?p ?o"));

        String project = browser.get("staff/things/project/kultur-for-alla?lang=en", session).body();
        HttpResponse<String> deleted = browser.post("staff/things/project/kultur-for-alla/delete?lang=en", session,
                Map.of("csrf", StaffBrowser.token(project)));
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertFalse(site.holds("<" + PROJECT + "> ?p ?o"));
        HttpResponse<String> gone = site.send(HttpRequest.newBuilder(URI.create(site.url(PROJECT)))
                .header("Accept", "text/html").header("Accept-Language", "en"));
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("Kultur för alla") || gone.body().contains("Culture for all"), gone.body());
        assertEquals(410, site.get("doc/project/kultur-for-alla", "text/html").statusCode());
        assertEquals(404, site.get("doc/project/never-was", "text/html").statusCode());
    }

    @Test
    @Order(5)
    void aNewThingNeverGetsARetiredIri() {
        assertEquals("kultur-for-alla-2", mintedSlug("Kultur för alla"));
        assertEquals("ostergotland-aaoe", mintedSlug("Östergötland – åäöé"));
    }

    private static String mintedSlug(String name) {
        String html = browser.get("staff/kinds/project/new?lang=en", session).body();
        HttpResponse<String> previewed = browser.post("staff/kinds/project/new?lang=en", session, List.of(
                Map.entry("csrf", StaffBrowser.token(html)),
                Map.entry(key(html, "preferred label") + ".sv", name),
                Map.entry(key(html, "preferred label") + ".en", name),
                Map.entry(key(html, "description") + ".sv", "x"),
                Map.entry(key(html, "description") + ".en", "x"),
                Map.entry(key(html, "label as written") + ".sv", name),
                Map.entry(key(html, "derived from"), site.url("id/document/eu-projekt-inom-kultur")),
                Map.entry(key(html, "list position"), "10"),
                Map.entry(key(html, "ongoing in"), "2026"),
                Map.entry(key(html, "run by"), site.url("id/organization/kultur-och-fritidsforvaltningen")),
                Map.entry(key(html, "programme"), site.url("id/programme/cerv")),
                Map.entry("action", "preview")));
        assertEquals(200, previewed.statusCode(), previewed.body());
        Matcher iri = Pattern.compile(Pattern.quote(site.url("id/project/")) + "([a-z0-9-]+)").matcher(previewed.body());
        assertTrue(iri.find(), previewed.body());
        return iri.group(1);
    }

    /** The form key of the field with this label. */
    static String key(String html, String label) {
        Matcher m = Pattern.compile("id=\"field-(f[0-9]+)\">\\s*<legend>" + Pattern.quote(label) + "[ <]").matcher(html);
        assertTrue(m.find(), "no field " + label + " in " + html);
        return m.group(1);
    }

    /** True when the field's box says the message. */
    static boolean fieldSays(String html, String key, String message) {
        int start = html.indexOf("id=\"field-" + key + "\"");
        int end = html.indexOf("</fieldset>", start);
        return start >= 0 && html.substring(start, end).contains("class=\"field-error\"")
                && html.substring(start, end).contains(message);
    }

    /** The values a form shows, as a browser would send them back. */
    static List<Map.Entry<String, String>> currentValues(String html) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher input = Pattern.compile("<input id=\"[^\"]*\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(html);
        while (input.find()) {
            fields.add(Map.entry(input.group(1), unescape(input.group(2))));
        }
        Matcher select = Pattern.compile("<select id=\"[^\"]*\" name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (select.find()) {
            Matcher selected = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(2));
            while (selected.find()) {
                fields.add(Map.entry(select.group(1), unescape(selected.group(1))));
            }
        }
        fields.add(Map.entry("csrf", StaffBrowser.token(html)));
        fields.add(Map.entry("kind", "project"));
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
