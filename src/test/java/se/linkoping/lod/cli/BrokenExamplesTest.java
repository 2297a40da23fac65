package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code validate} on the published ontology and data passes, and on each broken example (one mistake
 * each, validated beside the real ontology and data) fails with a message that names the mistake.
 */
class BrokenExamplesTest {

    private static final String BASE = "http://localhost:8080/";

    @Test
    void thePublishedDataIsValid() {
        CommandRun run = CommandRun.of("validate");
        assertEquals(0, run.exitCode(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad-syntax     | src/test/resources/broken/bad-syntax\\.ttl:5:1: Triples not terminated by DOT
            missing-label  | <http://localhost:8080/id/membership/linkopings-kommun-sern> \u2014 skos:prefLabel: Needs exactly one skos:prefLabel in Swedish \\(@sv\\) and one in English \\(@en\\)
            wrong-datatype | <http://localhost:8080/id/membership/linkopings-kommun-sern> \u2014 lkp:memberSince: .*xsd:gYear.* \\(value: "since 2019"\\)
            unknown-type   | lkp:InternationalProjekt \u2014 \\(the resource itself\\): <https://w3id.org/lkp/def/ns#InternationalProjekt> is not a class of the ontology \\(the type of <http://localhost:8080/id/project/misspelt>\\)
            """)
    void eachBrokenExampleIsRefusedWithItsMessage(String example, String expected) {
        CommandRun run = CommandRun.of("validate", "--base", BASE, "ontology", "data",
                "src/test/resources/broken/" + example + ".ttl");
        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.err().lines().filter(l -> !l.startsWith("The shapes")).toArray(String[]::new);
        assertTrue(Pattern.compile(expected).matcher(lines[0]).matches(), "got: " + lines[0]);
        assertTrue(lines[1].startsWith("1 problem(s)"), "exactly one problem: " + run.err());
    }
}
