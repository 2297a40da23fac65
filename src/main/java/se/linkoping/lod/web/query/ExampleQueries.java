package se.linkoping.lod.web.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Each file starts with a {@code # sv: title} and a {@code # en: title} line, then optional
 * {@code # } comment lines, then the query, whose IRIs are relative to the base. The query is parsed
 * against the base and written back with absolute IRIs, so that it can be copied and run anywhere.
 */
public final class ExampleQueries {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleQueries.class);
    private static final String SUFFIX = ".rq";
    private static final String SV_TITLE = "sv:";
    private static final String EN_TITLE = "en:";

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
        String titleSv = null;
        String titleEn = null;
        List<String> comment = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String content = line.substring(1).strip();
            if (content.startsWith(SV_TITLE)) {
                titleSv = content.substring(SV_TITLE.length()).strip();
            } else if (content.startsWith(EN_TITLE)) {
                titleEn = content.substring(EN_TITLE.length()).strip();
            } else {
                comment.add(content);
            }
        }
        if (titleSv == null || titleEn == null) {
            throw new IllegalArgumentException("Example query " + slug
                    + " needs a '# sv: <title>' and a '# en: <title>' line at its start");
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
        return new ExampleQuery(slug, titleSv, titleEn, String.join("\n", comment).strip(), query.serialize(),
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
