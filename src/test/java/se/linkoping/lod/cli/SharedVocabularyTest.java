package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.testing.RunningSite;

/**
 * Two publishers with different bases, one of them under a path ({@code serve --base
 * http://localhost:PORT/lod/}, a process of its own): a query written with the vocabulary's prefix
 * gets the same answer from both, and every URL the second prints at start-up answers under its path.
 */
class SharedVocabularyTest {

    private static final String PROJECTS_IN_ENGLISH = """
            PREFIX lkp:  <%s>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?label WHERE {
              ?project a lkp:InternationalProject ; skos:prefLabel ?label .
              FILTER(lang(?label) = "en")
            } ORDER BY ?label""".formatted(Iris.VOCABULARY_ROOT + Iris.ONTOLOGY_PATH + "#");

    @RegisterExtension
    static final RunningSite first = RunningSite.seed();

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aQueryWithTheVocabularysPrefixGetsTheSameAnswerUnderAnyBase() throws Exception {
        int port = ServeProcess.freePort();
        String base = "http://localhost:" + port + "/lod/";
        try (ServeProcess second = ServeProcess.start(port, "--store", tmp.resolve("store").toString(), "--base", base)) {
            String site = second.url() + "lod/";
            assertTrue(second.output().contains("Serving " + site + " as " + base), second.output());

            String here = csv(first.url("sparql"));
            String there = csv(site + "sparql");
            assertTrue(here.lines().count() > 5 && here.contains("Art4Rights"), here);
            assertEquals(here, there);
            assertNotEquals(first.iris.base(), base);

            Matcher printed = Pattern.compile("^  (http\\S+)", Pattern.MULTILINE).matcher(second.output());
            int urls = 0;
            while (printed.find()) {
                urls++;
                String url = printed.group(1);
                assertTrue(url.startsWith(site), url);
                assertEquals(200, get(url).statusCode(), url);
            }
            assertTrue(urls >= 8, second.output());
            for (String path : List.of("health", "robots.txt", "sparql", "query")) {
                assertEquals(200, get(site + path).statusCode(), path);
                assertEquals(404, get(second.url() + path).statusCode(), "/" + path);
            }
        }
    }

    private String csv(String endpoint) throws Exception {
        HttpResponse<String> response = get(endpoint + "?query="
                + URLEncoder.encode(PROJECTS_IN_ENGLISH, StandardCharsets.UTF_8) + "&format=csv");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
