package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The number of triples in each dataset's dumps, kept in {@value #FILE_NAME} in a version's folder.
 * It tells which files the folder should hold (a JSON-LD dump is written only for a dataset small
 * enough), and, written after every dump, when the folder was complete.
 *
 * @param triples the triple count by dump stem ({@code all}, {@code towns}, ...)
 * @param written when the counts, and so the last dump, were written
 */
record DumpCounts(Map<String, Long> triples, Instant written) {

    static final String FILE_NAME = "triples.properties";

    DumpCounts {
        triples = Map.copyOf(triples);
    }

    /** Writes the counts into a version's folder. */
    static void write(Path folder, Map<String, Long> triples) throws IOException {
        Properties properties = new Properties();
        triples.forEach((stem, count) -> properties.setProperty(stem, Long.toString(count)));
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.store(out, "Triples in each dataset's dumps");
        }
    }

    /** The counts in a version's folder; empty when the folder or its counts are missing or unreadable. */
    static Optional<DumpCounts> read(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
        Map<String, Long> triples = new LinkedHashMap<>();
        try {
            for (String stem : properties.stringPropertyNames()) {
                triples.put(stem, Long.parseLong(properties.getProperty(stem)));
            }
        } catch (NumberFormatException garbled) {
            return Optional.empty();
        }
        return Optional.of(new DumpCounts(triples, Files.getLastModifiedTime(file).toInstant()));
    }
}
