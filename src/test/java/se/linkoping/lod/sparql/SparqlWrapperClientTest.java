package se.linkoping.lod.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.testing.RunningSite;

/**
 * The endpoint as seen by a client nobody here wrote: Python's SPARQLWrapper (Debian's
 * {@code python3-sparqlwrapper}, run by {@code /usr/bin/python3}).
 */
class SparqlWrapperClientTest {

    private static final String PYTHON = "/usr/bin/python3";
    private static final String SCRIPT = "sparqlwrapper_client.py";

    @TempDir
    static Path work;
    @RegisterExtension
    static final RunningSite site = RunningSite.sample();

    @Test
    void sparqlWrapperParsesWhatTheEndpointSends() throws Exception {
        Map<String, JsonValue> answers = runClient(site.server.sparqlUrl());

        JsonArray viaGet = answers.get("select_get").getAsArray();
        assertEquals(12, viaGet.size());
        JsonArray first = viaGet.get(0).getAsArray();
        assertEquals("https://lod.example.org/id/project/p01", first.get(0).getAsString().value());
        assertEquals("Projekt 1", first.get(1).getAsString().value());
        assertEquals("sv", first.get(2).getAsString().value());
        assertEquals(viaGet, answers.get("select_post"));
        assertEquals(12, answers.get("select_xml_rows").getAsNumber().value().intValue());
        assertTrue(answers.get("ask_true").getAsBoolean().value());
        assertEquals(false, answers.get("ask_false").getAsBoolean().value());
    }

    private static Map<String, JsonValue> runClient(String endpoint) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is missing (bin/test installs python3-sparqlwrapper)");
        Path script = work.resolve(SCRIPT);
        try (InputStream in = SparqlWrapperClientTest.class.getResourceAsStream(SCRIPT)) {
            Files.copy(in, script);
        }
        Process process = new ProcessBuilder(PYTHON, script.toString(), endpoint).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "SPARQLWrapper client did not finish");
        assertEquals(0, process.exitValue(), "SPARQLWrapper client failed:\n" + output);
        Map<String, JsonValue> answers = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            JsonObject answer = JSON.parse(line);
            answer.keys().forEach(key -> answers.put(key, answer.get(key)));
        }
        return answers;
    }
}
