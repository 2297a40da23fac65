package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.testing.RunningSite;

/**
 * The open-data page as a researcher uses it: every example on it, copied as it stands, runs against
 * the site with the tools it names (curl; Python's SPARQLWrapper and rdflib from Debian's packages;
 * R with httr where it is installed) and prints the projects; the page lists every dump with its size;
 * a browser opening the catalogue gets the page, and every page links to it.
 */
class OpenDataPageTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String PROJECT = "Art4Rights";

    @TempDir
    static Path work;
    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    @BeforeAll
    static void writeTheDumps() {
        site.dumps.find(site.store.version())
                .orElseGet(() -> site.dumps.write(site.store, site.store.version(), () -> false).orElseThrow());
    }

    @Test
    void theCurlExampleRunsAsShown() throws Exception {
        String output = run("example-curl.sh", example("curl"), "bash");

        assertTrue(output.startsWith("project,name"), output);
        assertTrue(output.contains(PROJECT), output);
    }

    @Test
    void thePythonSparqlWrapperExampleRunsAsShown() throws Exception {
        String output = run("example_sparqlwrapper.py", example("sparqlwrapper"), PYTHON);

        assertTrue(output.contains(PROJECT + " " + site.url("id/project/art4rights")), output);
    }

    @Test
    void thePythonRdflibExampleRunsAsShownOnTheTurtleDump() throws Exception {
        String output = run("example_rdflib.py", example("rdflib"), PYTHON);

        assertTrue(output.matches("(?s)\\d+ triples\n.*"), output);
        assertTrue(output.contains(PROJECT + " " + site.url("id/project/art4rights")), output);
    }

    @Test
    void theRHttrExampleRunsAsShownWhereRIsInstalled() throws Exception {
        Assumptions.assumeTrue(works("Rscript", "-e", "library(httr)"),
                "R with the httr package is not installed here: the R example is not run");

        String output = run("example-httr.R", example("httr"), "Rscript");

        assertTrue(output.contains(PROJECT), output);
    }

    @Test
    void thePageListsEveryDumpWithItsSizeInThePagesLanguage() {
        String swedish = site.get("open-data", "text/html").body();
        String english = site.get("open-data?lang=en", "text/html").body();

        for (String file : List.of("all.nt.gz", "all.ttl", "all.jsonld")) {
            assertTrue(swedish.contains("href=\"" + site.url("dumps/" + file) + "\""), file + "\n" + swedish);
        }
        assertTrue(Pattern.compile("<td>\\d+(,\\d)? kB</td>").matcher(swedish).find(), swedish);
        assertTrue(Pattern.compile("<td>\\d+(\\.\\d)? kB</td>").matcher(english).find(), english);
        assertTrue(swedish.contains("<code>" + site.url("sparql") + "</code>"), swedish);
        assertTrue(swedish.contains("href=\"" + site.url("datasets/dcat") + "\""), swedish);
        assertTrue(swedish.contains("href=\"" + site.url(".well-known/void") + "\""), swedish);
        assertTrue(swedish.contains("rel=\"license\""), swedish);
        assertTrue(swedish.contains("[datamängd]") && english.contains("[dataset]"), "how to cite");
    }

    @Test
    void aBrowserOpeningTheCatalogueGetsThePageAndPortalsKeepRdfXml() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        HttpResponse<byte[]> page = site.send("GET", site.url("datasets/dcat"),
                Map.of("Accept", browser, "Accept-Language", "en-GB,en;q=0.9"));
        assertEquals(303, page.statusCode());
        assertEquals("/open-data?lang=en", page.headers().firstValue("Location").orElseThrow());

        for (String portal : List.of("*/*", "application/rdf+xml", "application/rdf+xml, text/turtle;q=0.9, */*;q=0.1",
                "application/rdf+xml,application/xml;q=0.9,*/*;q=0.8")) {
            HttpResponse<byte[]> catalogue = site.send("GET", site.url("datasets/dcat"), Map.of("Accept", portal));
            assertEquals(200, catalogue.statusCode(), portal);
            assertEquals("application/rdf+xml", catalogue.headers().firstValue("Content-Type").orElseThrow()
                    .replaceAll(";.*", ""), portal);
        }
    }

    @Test
    void everyPageLinksToItInItsFooter() {
        for (String path : List.of("", "projects", "query", "doc/project/art4rights")) {
            String html = site.get(path, "text/html").body();
            assertTrue(html.contains("<a href=\"/open-data\">Öppna data"), path + "\n" + html);
        }
    }

    /** The text of an example on the page, as a reader copies it. */
    private static String example(String name) {
        String html = site.get("open-data", "text/html").body();
        Matcher code = Pattern.compile("<code id=\"example-" + name + "\">(.*?)</code>", Pattern.DOTALL).matcher(html);
        assertTrue(code.find(), "the page shows the " + name + " example");
        return code.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    private static String run(String fileName, String text, String interpreter) throws IOException, InterruptedException {
        Path file = work.resolve(fileName);
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(interpreter, file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), fileName + " did not finish");
        assertEquals(0, process.exitValue(), fileName + " failed:\n" + text + "\n---\n" + output);
        return output;
    }

    private static boolean works(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
