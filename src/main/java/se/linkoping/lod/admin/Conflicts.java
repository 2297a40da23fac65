package se.linkoping.lod.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * The staff edits the last load of the files could not replay over them, kept in a file beside the
 * change log ({@value #FILE}, one tab-separated line each) so that the history page and the log can
 * report them until someone resolves them. Each load writes the file afresh: a conflict stays listed
 * for as long as the files keep it one.
 */
public final class Conflicts {

    /** The file's name in the change log's folder. */
    public static final String FILE = "conflicts.tsv";

    private static final int MOST_TRIPLES_KEPT = 20;

    private final Path file;

    public Conflicts(Path changeLogFolder) {
        this.file = changeLogFolder.resolve(FILE);
    }

    /**
     * An edit that was not replayed.
     *
     * @param change  the change log entry's name
     * @param reason  why, in words
     * @param triples the triples concerned, in N-Triples terms (at most {@value #MOST_TRIPLES_KEPT})
     */
    public record Conflict(String change, String creator, Instant created, String operation, String reason,
                           List<String> triples) {
    }

    /** Triples in N-Triples terms, at most {@value #MOST_TRIPLES_KEPT} of them. */
    static List<String> terms(List<Triple> triples) {
        return triples.stream().limit(MOST_TRIPLES_KEPT).map(NodeFmtLib::str).toList();
    }

    /** The conflicts of the last load; none when there was none, or no load since edits began. */
    public List<Conflict> current() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(Conflicts::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the conflicts in " + file, e);
        }
    }

    /** Records the conflicts of a load in place of those of the load before. */
    public void replace(List<Conflict> conflicts) {
        StringBuilder text = new StringBuilder();
        for (Conflict c : conflicts) {
            List<String> fields = new ArrayList<>(List.of(c.change(), c.creator(), c.created().toString(),
                    c.operation(), c.reason()));
            fields.addAll(c.triples());
            text.append(String.join("\t", fields.stream().map(Conflicts::clean).toList())).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".conflicts-", ".part");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the conflicts to " + file, e);
        }
    }

    private static String clean(String field) {
        return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static Conflict parse(String line) {
        String[] fields = line.split("\t", -1);
        return new Conflict(fields[0], fields[1], Instant.parse(fields[2]), fields[3], fields[4],
                List.copyOf(Arrays.asList(fields).subList(5, fields.length)));
    }
}
