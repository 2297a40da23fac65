package se.linkoping.lod.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatchOps;

/**
 * The notes of a data version, read from the change log (one RDF Patch per accepted change, whose
 * header names the {@code version} it made and its {@code operation}): what kind of change made it and
 * how many triples it added and deleted. The first load into an empty store holds no triples: its
 * header says how many it {@code added}. Not who: the notes are public, the staff's names are not.
 */
final class ChangeNotes {

    /** What the change that made a version did. */
    record Note(String operation, long added, long deleted) {
    }

    private final Path folder;

    /** @param folder the change log's folder; null when there is none */
    ChangeNotes(Path folder) {
        this.folder = folder;
    }

    /** The notes of the change that made this version, the newest entry first; empty when none made it. */
    Optional<Note> of(String version) {
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> entries = files.filter(p -> p.getFileName().toString().endsWith(".rdfp")
                    && !p.getFileName().toString().startsWith(".")).sorted(Comparator.reverseOrder()).toList();
            for (Path entry : entries) {
                PatchHeader header;
                try (InputStream in = Files.newInputStream(entry)) {
                    header = RDFPatchOps.readHeader(in);
                }
                if (version.equals(text(header.get("version")))) {
                    Node added = header.get("added");
                    return Optional.of(added != null
                            ? new Note(text(header.get("operation")), Long.parseLong(text(added)), 0)
                            : count(entry, text(header.get("operation"))));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the change log in " + folder, e);
        }
    }

    /** Counts the added ({@code A}) and deleted ({@code D}) lines of an entry, streamed. */
    private static Note count(Path entry, String operation) throws IOException {
        long added = 0;
        long deleted = 0;
        try (BufferedReader lines = Files.newBufferedReader(entry, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("A ")) {
                    added++;
                } else if (line.startsWith("D ")) {
                    deleted++;
                }
            }
        }
        return new Note(operation, added, deleted);
    }

    private static String text(Node node) {
        return node == null ? "" : node.getLiteralLexicalForm();
    }
}
