package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * Every kind of response of the running server carries the security headers an HTTP Observatory
 * scan looks for: pages, documents in RDF, the SPARQL endpoint, the catalogue, static files, the
 * health and readiness checks, redirects and errors.
 */
class SecurityHeadersTest {

    private static final String THING = "id/project/art4rights";
    private static final String DOCUMENT = "doc/project/art4rights";

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        Map<String, Integer> paths = new LinkedHashMap<>();
        paths.put("", 200);
        paths.put("projects", 200);
        paths.put("query", 200);
        paths.put(THING, 303);
        paths.put(DOCUMENT, 200);
        paths.put(DOCUMENT + ".ttl", 200);
        paths.put("def/ns", 200);
        paths.put("datasets/dcat", 200);
        paths.put(".well-known/void", 200);
        paths.put("sitemap.xml", 200);
        paths.put("site.css", 200);
        paths.put("query-page/query.js", 200);
        paths.put("sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8), 200);
        paths.put("sparql?query=" + URLEncoder.encode("SELECT nonsense", StandardCharsets.UTF_8), 400);
        paths.put("health", 200);
        paths.put("ready", 200);
        paths.put("no/such/page", 404);
        List<String> failures = new ArrayList<>();
        paths.forEach((path, status) -> {
            HttpResponse<String> response = site.get(path, "*/*");
            if (response.statusCode() != status) {
                failures.add(path + ": status " + response.statusCode() + ", expected " + status);
            }
            var headers = response.headers();
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            if (!csp.contains("frame-ancestors 'none'") || !csp.contains("script-src 'self';")
                    || !csp.contains("default-src 'self'") || !csp.contains("object-src 'none'")) {
                failures.add(path + ": Content-Security-Policy " + csp);
            }
            expect(failures, path, response, "X-Content-Type-Options", "nosniff");
            expect(failures, path, response, "X-Frame-Options", "DENY");
            expect(failures, path, response, "Referrer-Policy", "strict-origin-when-cross-origin");
            if (!headers.firstValue("Permissions-Policy").orElse("").contains("camera=()")) {
                failures.add(path + ": Permissions-Policy " + headers.firstValue("Permissions-Policy"));
            }
            if (headers.firstValue("Strict-Transport-Security").isPresent()) {
                failures.add(path + ": Strict-Transport-Security over plain HTTP with an http: base");
            }
            if (!path.equals("ready")) {
                expect(failures, path, response, "Access-Control-Allow-Origin", "*");
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void noScriptMayRunInlineOrFromEval() {
        String csp = site.get("", "text/html").headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = csp.split("script-src ")[1].split(";")[0];
        assertEquals("'self'", scripts);
        assertFalse(csp.contains("unsafe-eval"), csp);
    }

    @Test
    void pagesHoldNoInlineScriptButJsonLd() {
        for (String path : List.of("", "projects", "query", "def/ns", "def/shapes", DOCUMENT)) {
            String html = site.get(path, "text/html").body();
            String[] parts = html.split("<script");
            for (int i = 1; i < parts.length; i++) {
                String opening = parts[i].substring(0, parts[i].indexOf('>'));
                assertTrue(opening.contains("src=") || opening.contains("type=\"application/ld+json\""),
                        path + " has an inline script: <script" + opening + ">");
            }
            assertFalse(html.matches("(?s).*\\son[a-z]+=\".*"), path + " has an inline event handler");
        }
    }

    @Test
    void readinessAnswersOnlyGetAndHead() {
        assertEquals(200, site.send(request("ready").method("HEAD", HttpRequest.BodyPublishers.noBody())).statusCode());
        assertEquals(405, site.send(request("ready").DELETE()).statusCode());
        assertEquals("ready\n", site.get("ready", "text/plain").body());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site.url(path)));
    }

    private static void expect(List<String> failures, String path, HttpResponse<String> response, String header,
                               String value) {
        String actual = response.headers().firstValue(header).orElse(null);
        if (!value.equals(actual)) {
            failures.add(path + ": " + header + " " + actual);
        }
    }
}
