package se.linkoping.lod.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.view.PageLanguage;

class ExampleQueriesTest {

    private static final Iris IRIS = new Iris("https://data.example.se/lod/");

    private static final String PROJECTS = """
            # sv: Alla EU-projekt
            # en: All EU projects
            # sv: Listar varje projekt med sin titel,
            #     nyaste först.
            # en: Lists every project with its title,
            #     newest first.
            PREFIX lkp: <def/ns#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?project ?title WHERE {
              ?project a lkp:Project ; dct:title ?title .
              FILTER (?project != <id/project/none>)
            }
            ORDER BY DESC(?title)
            """;

    @Test
    void readsBothTitlesAndTheComment() {
        ExampleQuery example = ExampleQueries.parse("01-projects", PROJECTS, IRIS);

        assertEquals("01-projects", example.slug());
        assertEquals("Alla EU-projekt", example.title(PageLanguage.SV));
        assertEquals("All EU projects", example.title(PageLanguage.EN));
        assertEquals("Listar varje projekt med sin titel,\nnyaste först.", example.comment(PageLanguage.SV));
        assertEquals("Lists every project with its title,\nnewest first.", example.comment(PageLanguage.EN));
        assertFalse(example.graphShape());
    }

    @Test
    void resolvesEveryIriAgainstTheBase() {
        String text = ExampleQueries.parse("01-projects", PROJECTS, IRIS).text();

        assertTrue(text.contains("<https://data.example.se/lod/def/ns#>"), text);
        assertTrue(text.contains("<https://data.example.se/lod/id/project/none>"), text);
        assertFalse(text.contains("<def/ns#>"), text);
        assertFalse(text.contains("<id/project/none>"), text);
        assertFalse(text.contains("BASE"), text);
    }

    @Test
    void theResolvedQueryMeansTheSameWithoutABase() {
        String text = ExampleQueries.parse("01-projects", PROJECTS, IRIS).text();

        Query original = QueryFactory.create(PROJECTS, IRIS.base());
        Query copied = QueryFactory.create(text);
        assertEquals(original, copied);
    }

    @Test
    void tellsGraphQueriesApart() {
        String construct = """
                # sv: Graf
                # en: Graph
                CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }
                """;
        String describe = """
                # sv: Beskriv
                # en: Describe
                DESCRIBE <id/project/x>
                """;
        String ask = """
                # sv: Finns
                # en: Exists
                ASK { ?s ?p ?o }
                """;

        assertTrue(ExampleQueries.parse("02-graph", construct, IRIS).graphShape());
        assertTrue(ExampleQueries.parse("03-describe", describe, IRIS).graphShape());
        assertFalse(ExampleQueries.parse("04-ask", ask, IRIS).graphShape());
        assertEquals("", ExampleQueries.parse("04-ask", ask, IRIS).comment(PageLanguage.SV));
    }

    @Test
    void refusesAnExampleWithoutBothTitles() {
        String text = "# sv: Bara svenska\nSELECT * WHERE { ?s ?p ?o }\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExampleQueries.parse("05-half", text, IRIS));
        assertTrue(e.getMessage().contains("05-half"), e.getMessage());
    }

    @Test
    void refusesADescriptionInOneLanguageOrInNone() {
        String swedishOnly = "# sv: Alla\n# en: All\n# sv: Bara på svenska.\nASK {}\n";
        String unmarked = "# sv: Alla\n# en: All\n# Which language is this?\nASK {}\n";

        IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                () -> ExampleQueries.parse("07-half", swedishOnly, IRIS));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> ExampleQueries.parse("08-unmarked", unmarked, IRIS));
        assertTrue(one.getMessage().contains("one language only"), one.getMessage());
        assertTrue(none.getMessage().contains("belongs to no language"), none.getMessage());
    }

    @Test
    void refusesAQueryThatDoesNotParseNamingTheFile() {
        String text = "# sv: Trasig\n# en: Broken\nSELECT * WHERE { ?s ?p \n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExampleQueries.parse("06-broken", text, IRIS));
        assertTrue(e.getMessage().contains("06-broken"), e.getMessage());
    }

    @Test
    void loadsTheRqFilesOfAFolderInNameOrder(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("02-second.rq"), "# sv: Andra\n# en: Second\nASK {}\n");
        Files.writeString(folder.resolve("01-first.rq"), "# sv: Första\n# en: First\nASK {}\n");
        Files.writeString(folder.resolve("01-first.csv"), "expected\n");

        ExampleQueries examples = ExampleQueries.load(folder, IRIS);

        assertEquals(List.of("01-first", "02-second"), examples.all().stream().map(ExampleQuery::slug).toList());
        assertEquals("Första", examples.find("01-first").orElseThrow().title(PageLanguage.SV));
        assertTrue(examples.find("03-missing").isEmpty());
    }

    @Test
    void everyExampleOfTheProjectReads() {
        Path folder = Path.of(System.getProperty("project.dir", "."), "queries");

        List<ExampleQuery> examples = ExampleQueries.load(folder, IRIS).all();

        assertFalse(examples.isEmpty(), "the project has example queries in " + folder);
        for (ExampleQuery example : examples) {
            assertFalse(example.titleSv().isBlank(), example.slug());
            assertFalse(example.titleEn().isBlank(), example.slug());
            assertFalse(example.text().contains("<def/"), example.slug());
            assertFalse(example.text().contains("<id/"), example.slug());
        }
    }

    @Test
    void aMissingFolderGivesNoExamples(@TempDir Path folder) {
        assertTrue(ExampleQueries.load(folder.resolve("absent"), IRIS).all().isEmpty());
    }
}
