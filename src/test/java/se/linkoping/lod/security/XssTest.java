package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/** Literals carrying HTML or script are shown as text on every page that shows them. */
class XssTest {

    private static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);
    private static final String PAYLOAD = "<script>alert('xss')</script><img src=x onerror=alert(1)>\"'&";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @BeforeAll
    static void start() {
        String update = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "DELETE { <id/project/fristad-linkoping> skos:prefLabel ?en } "
                + "INSERT { <id/project/fristad-linkoping> skos:prefLabel \"" + PAYLOAD.replace("\"", "\\\"") + "\"@en } "
                + "WHERE { <id/project/fristad-linkoping> skos:prefLabel ?en FILTER(lang(?en) = \"en\") }";
        HttpResponse<String> written = site.send(HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofString(update)));
        assertEquals(200, written.statusCode(), written.body());
    }

    @Test
    void aLabelWithScriptIsShownAsTextOnEveryPage() {
        for (String page : List.of("doc/project/fristad-linkoping?lang=en", "projects?lang=en", "?lang=en",
                "doc/organization/kultur-och-fritidsforvaltningen?lang=en", "doc/network/icorn?lang=en")) {
            HttpResponse<String> response = site.get(page, "text/html");
            assertEquals(200, response.statusCode(), page);
            String html = withoutJsonLd(page, response.body());
            assertFalse(html.contains("<script>alert"), page + " carries the script as markup");
            assertFalse(html.contains("<img src=x"), page + " carries the image as markup");
            assertFalse(html.contains("onerror=alert(1)>"), page + " carries the handler as markup");
        }
        String html = site.get("doc/project/fristad-linkoping?lang=en", "text/html").body();
        assertTrue(html.contains("&lt;script&gt;alert("), "the label is on the page, escaped");
    }

    /**
     * The page without its embedded JSON-LD, after checking that the JSON-LD holds no {@code <}
     * (JSON escapes it as a code point, so nothing in it can close the script element).
     */
    private static String withoutJsonLd(String page, String html) {
        Matcher blocks = JSON_LD.matcher(html);
        while (blocks.find()) {
            assertFalse(blocks.group(1).contains("<"), page + ": the JSON-LD carries markup");
        }
        return JSON_LD.matcher(html).replaceAll("");
    }

    @Test
    void theQueryPageShowsAQueryWithScriptAsText() {
        HttpResponse<String> response = site.get("query?query=%3C%2Ftextarea%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "text/html");
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("</textarea><script>alert(1)"), "the query is escaped");
    }
}
