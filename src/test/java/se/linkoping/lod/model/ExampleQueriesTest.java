package se.linkoping.lod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example query of {@code queries/} over the ontology and the data and compares the
 * answer with the expected file beside it: {@code NN-slug.csv} (SPARQL 1.1 CSV results, IRIs under
 * the base written relative) for SELECT and ASK, {@code NN-slug.ttl} (relative IRIs) for CONSTRUCT
 * and DESCRIBE.
 */
class ExampleQueriesTest {

    private static final String BASE = "http://test.example/";

    private static Path projectDir;
    /** The ontology and the data, with a text index over the names and descriptions for {@code text:query}. */
    private static Dataset dataset;

    @BeforeAll
    static void load() throws IOException {
        projectDir = projectDir();
        EntityDefinition text = new EntityDefinition("uri", "text");
        LabelTerms.SEARCHED.forEach(property -> text.set("text", property.asNode()));
        dataset = TextDatasetFactory.createLucene(DatasetFactory.createTxnMem(), new ByteBuffersDirectory(),
                new TextIndexConfig(text));
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("ontology", "data")) {
            files.addAll(files(projectDir.resolve(folder), ".ttl"));
        }
        Txn.executeWrite(dataset, () -> files.forEach(file -> RDFParser.source(file).base(BASE).parse(dataset)));
    }

    static List<Path> queries() throws IOException {
        return files(projectDir().resolve("queries"), ".rq");
    }

    @Test
    void thereAreAtLeastTwelveQueriesOfEveryForm() throws IOException {
        List<Query> queries = new ArrayList<>();
        for (Path file : queries()) {
            queries.add(QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8), BASE));
        }
        assertTrue(queries.size() >= 12, "example queries: " + queries.size());
        assertTrue(queries.stream().anyMatch(Query::isSelectType), "a SELECT query");
        assertTrue(queries.stream().anyMatch(Query::isAskType), "an ASK query");
        assertTrue(queries.stream().anyMatch(Query::isConstructType), "a CONSTRUCT query");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void startsWithSwedishAndEnglishTitles(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 2, "too short");
        assertTrue(lines.get(0).matches("# sv: \\S.*"), "first line is '# sv: <title>': " + lines.get(0));
        assertTrue(lines.get(1).matches("# en: \\S.*"), "second line is '# en: <title>': " + lines.get(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void answersAsExpected(Path file) throws IOException {
        Query query = QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8), BASE);
        String slug = file.getFileName().toString().replaceFirst("\\.rq$", "");
        try (QueryExecution execution = QueryExecution.create(query, dataset)) {
            if (query.isSelectType()) {
                List<List<String>> expected = Csv.parse(expectedFile(slug, ".csv"));
                ResultSet results = execution.execSelect();
                assertEquals(expected.get(0), results.getResultVars(), "the header");
                List<List<String>> actual = new ArrayList<>();
                results.forEachRemaining(row -> actual.add(cells(row, results.getResultVars())));
                compareRows(expected.subList(1, expected.size()), actual, query.hasOrderBy());
            } else if (query.isAskType()) {
                List<List<String>> expected = Csv.parse(expectedFile(slug, ".csv"));
                assertEquals(List.of(List.of("boolean"), List.of(String.valueOf(execution.execAsk()))), expected);
            } else {
                Model expected = RDFParser.source(expectedFile(slug, ".ttl")).base(BASE).lang(Lang.TURTLE).toModel();
                Model actual = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                assertFalse(actual.isEmpty(), "the query builds no triples");
                assertTrue(actual.isIsomorphicWith(expected), () -> "built instead:\n" + turtle(actual));
            }
        }
    }

    private static void compareRows(List<List<String>> expected, List<List<String>> actual, boolean ordered) {
        if (ordered) {
            assertEquals(expected, actual, "the rows, in order");
        } else {
            assertEquals(sorted(expected), sorted(actual), "the rows, in any order");
        }
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(Comparator.comparing(List::toString)).toList();
    }

    /** A row as the CSV results format writes it, with IRIs under the base made relative. */
    private static List<String> cells(QuerySolution row, List<String> vars) {
        List<String> cells = new ArrayList<>();
        for (String var : vars) {
            RDFNode value = row.get(var);
            if (value == null) {
                cells.add("");
            } else if (value.isURIResource()) {
                String iri = value.asResource().getURI();
                cells.add(iri.startsWith(BASE) ? iri.substring(BASE.length()) : iri);
            } else if (value.isLiteral()) {
                cells.add(value.asLiteral().getLexicalForm());
            } else {
                cells.add("_:" + value.asResource().getId().getLabelString());
            }
        }
        return cells;
    }

    private static Path expectedFile(String slug, String extension) {
        Path file = projectDir.resolve("queries").resolve(slug + extension);
        assertTrue(Files.isRegularFile(file), "missing the expected answer " + file.getFileName());
        return file;
    }

    private static String turtle(Model model) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toString();
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("project.dir", System.getProperty("user.dir")));
    }

    private static List<Path> files(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    /** Reads the CSV of RFC 4180 as the SPARQL 1.1 CSV results format uses it: quoted fields, CRLF or LF. */
    static final class Csv {

        private Csv() {
        }

        static List<List<String>> parse(Path file) throws IOException {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (c != '\r') {
                    field.append(c);
                }
            }
            if (field.length() > 0 || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }
    }
}
