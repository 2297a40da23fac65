package se.linkoping.lod.web.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.Iris;

/**
 * The gallery's example queries, read once from a folder of {@code NN-slug.rq} files.
 *
 * <p>Each file starts with a {@code # sv: title} and a {@code # en: title} line, then optionally what
 * the example shows in both languages: a second {@code # sv:} and {@code # en:} line each start the
 * description in that language, and the {@code # } lines after one continue it. Then comes the query,
 * whose IRIs are relative to the base. The query is parsed
 * against the base and written back with absolute IRIs, so that it can be copied and run anywhere.
 */
public final class ExampleQueries {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleQueries.class);
    private static final String SUFFIX = ".rq";
    private static final String SV = "sv:";
    private static final String EN = "en:";

    private final List<ExampleQuery> examples;

    public ExampleQueries(List<ExampleQuery> examples) {
        this.examples = List.copyOf(examples);
    }

    /**
     * Reads every {@code .rq} file of a folder, in file-name order. A missing folder gives no
     * examples (with a warning); a file that is not a valid example stops the start with its name.
     */
    public static ExampleQueries load(Path folder, Iris iris) {
        if (!Files.isDirectory(folder)) {
            LOG.warn("No example queries: {} is not a folder", folder.toAbsolutePath());
            return new ExampleQueries(List.of());
        }
        List<ExampleQuery> examples = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                String name = file.getFileName().toString();
                String slug = name.substring(0, name.length() - SUFFIX.length());
                examples.add(parse(slug, Files.readString(file, StandardCharsets.UTF_8), iris));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the example queries in " + folder.toAbsolutePath(), e);
        }
        LOG.info("Read {} example queries from {}", examples.size(), folder.toAbsolutePath());
        return new ExampleQueries(examples);
    }

    /**
     * Parses one example file.
     *
     * @param slug the file name without {@code .rq}
     * @param text the file's content
     * @param iris the IRIs under the configured base, against which the query is resolved
     * @throws IllegalArgumentException when a title is missing or the query does not parse
     */
    public static ExampleQuery parse(String slug, String text, Iris iris) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        String current = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String content = line.substring(1).strip();
            String marker = content.startsWith(SV) ? SV : content.startsWith(EN) ? EN : null;
            if (marker != null) {
                String key = parts.containsKey(marker + "title") ? marker + "description" : marker + "title";
                if (parts.containsKey(key)) {
                    throw new IllegalArgumentException("Example query " + slug + " has more than a title and a"
                            + " description in '" + marker + "'");
                }
                current = key;
                parts.put(key, new ArrayList<>(List.of(content.substring(marker.length()).strip())));
            } else if (current != null && current.endsWith("description")) {
                parts.get(current).add(content);
            } else if (!content.isEmpty()) {
                throw new IllegalArgumentException("Example query " + slug + ": the line '" + content
                        + "' belongs to no language; start the description with '# sv:' and '# en:'");
            }
        }
        if (!parts.containsKey(SV + "title") || !parts.containsKey(EN + "title")) {
            throw new IllegalArgumentException("Example query " + slug
                    + " needs a '# sv: <title>' and a '# en: <title>' line at its start");
        }
        if (parts.containsKey(SV + "description") != parts.containsKey(EN + "description")) {
            throw new IllegalArgumentException("Example query " + slug
                    + " describes itself in one language only; give both '# sv:' and '# en:'");
        }
        Query query;
        try {
            query = QueryFactory.create(text, iris.base());
        } catch (QueryException e) {
            throw new IllegalArgumentException("Example query " + slug + " does not parse: " + e.getMessage(), e);
        }
        // Without a base the serializer writes every IRI in full instead of relative to the base.
        query.setBaseURI((String) null);
        boolean graphShape = query.isConstructType() || query.isDescribeType();
        return new ExampleQuery(slug, parts.get(SV + "title").get(0), parts.get(EN + "title").get(0),
                String.join("\n", parts.getOrDefault(SV + "description", List.of())).strip(),
                String.join("\n", parts.getOrDefault(EN + "description", List.of())).strip(), query.serialize(),
                graphShape);
    }

    /** All examples, in file-name order. */
    public List<ExampleQuery> all() {
        return examples;
    }

    /** The example with this slug, if there is one. */
    public Optional<ExampleQuery> find(String slug) {
        return examples.stream().filter(e -> e.slug().equals(slug)).findFirst();
    }
}
