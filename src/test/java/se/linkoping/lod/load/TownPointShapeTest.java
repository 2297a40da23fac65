package se.linkoping.lod.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.cli.CommandRun;

/** Every town needs one point whose coordinates can be a place on Earth, and where they come from. */
class TownPointShapeTest {

    private static final String KAUNAS_POINT = "\"POINT(23.90961 54.90272)\"^^geo:wktLiteral";

    @TempDir
    Path tmp;

    @Test
    void thePublishedDataHasAValidPointForEveryTown() {
        CommandRun run = CommandRun.of("validate");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void latitudeAndLongitudeSwappedIsRefused() throws IOException {
        CommandRun run = validateWith("\"POINT(-122.14302 37.44188)\"^^geo:wktLiteral",
                "\"POINT(37.44188 -122.14302)\"^^geo:wktLiteral");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("id/town/palo-alto> \u2014 geo:hasGeometry"), run.err());
        assertTrue(run.err().contains("1 problem(s)"), run.err());
    }

    @Test
    void aPointThatIsNoWktLiteralIsRefused() throws IOException {
        CommandRun run = validateWith(KAUNAS_POINT, "\"23.90961, 54.90272\"");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("id/town/kaunas> \u2014 geo:hasGeometry"), run.err());
    }

    @Test
    void aTownWithoutAPointIsRefused() throws IOException {
        CommandRun run = validateWith("geo:hasGeometry [ a geo:Geometry , sf:Point ; geo:asWKT " + KAUNAS_POINT
                + " ;\n        dct:source <id/document/geonames> ] ;", "");
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("A town needs exactly one geo:hasGeometry"), run.err());
    }

    private CommandRun validateWith(String written, String replacement) throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName().toString()));
            }
        }
        Path places = data.resolve("places.ttl");
        String text = Files.readString(places, StandardCharsets.UTF_8);
        assertTrue(text.contains(written), "the seed data writes Kaunas's point as " + written);
        Files.writeString(places, text.replace(written, replacement), StandardCharsets.UTF_8);
        return CommandRun.of("validate", "--context", "none", "ontology", data.toString());
    }
}
