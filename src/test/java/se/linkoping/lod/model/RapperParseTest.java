package se.linkoping.lod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Parses every Turtle file of {@code ontology/} and {@code data/} (and the expected answers in
 * {@code queries/}) with Raptor's {@code rapper}, a parser independent of Jena, so that the files
 * are plain Turtle any tool reads.
 */
class RapperParseTest {

    private static final String BASE = "http://test.example/";

    static List<Path> turtleFiles() throws IOException {
        Path projectDir = Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("ontology", "data", "queries")) {
            try (Stream<Path> listing = Files.list(projectDir.resolve(folder))) {
                listing.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void rapperParsesWithoutErrors(Path file) throws IOException, InterruptedException {
        Process rapper;
        try {
            rapper = new ProcessBuilder("rapper", "-q", "-i", "turtle", "-c", file.toString(), BASE)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("Cannot run 'rapper' (" + e.getMessage() + "): install Raptor's command-line "
                    + "tools, e.g. 'apt-get install raptor2-utils' on Debian", e);
        }
        String messages = new String(rapper.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        rapper.waitFor();
        assertEquals(0, rapper.exitValue(), () -> "rapper failed on " + file + ":\n" + messages);
        assertFalse(messages.contains("Error"), () -> "rapper reports errors in " + file + ":\n" + messages);
        assertFalse(messages.contains("Warning"), () -> "rapper warns about " + file + ":\n" + messages);
    }
}
