package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

import se.linkoping.lod.store.DataVersion;

/**
 * A data version whose dumps are kept, with the notes of the change that made it, kept in
 * {@value #FILE_NAME} in the version's folder of the dumps.
 *
 * @param notes what the change that made the version did, as the change log records it; empty when unknown
 * @param bytes the size of the version's dump of the whole dataset in N-Triples, gzipped
 */
public record KeptVersion(DataVersion version, Optional<ChangeNotes.Note> notes, long bytes) {

    static final String FILE_NAME = "version.properties";

    static void write(Path folder, DataVersion version, Optional<ChangeNotes.Note> notes) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("digest", version.digest());
        properties.setProperty("modified", version.modified().toString());
        notes.ifPresent(note -> {
            properties.setProperty("operation", note.operation());
            properties.setProperty("added", Long.toString(note.added()));
            properties.setProperty("deleted", Long.toString(note.deleted()));
        });
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.store(out, "The data version of these dumps");
        }
    }

    /** The same version with the size of its whole dump. */
    KeptVersion withBytes(long size) {
        return new KeptVersion(version, notes, size);
    }

    /** The version a folder holds (its size not yet known), if it says. */
    static Optional<KeptVersion> read(Path folder) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(folder.resolve(FILE_NAME), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
        try {
            DataVersion version = new DataVersion(properties.getProperty("digest"),
                    Instant.parse(properties.getProperty("modified")));
            Optional<ChangeNotes.Note> notes = properties.containsKey("operation")
                    ? Optional.of(new ChangeNotes.Note(properties.getProperty("operation"),
                            Long.parseLong(properties.getProperty("added")),
                            Long.parseLong(properties.getProperty("deleted"))))
                    : Optional.empty();
            return version.digest() == null ? Optional.empty() : Optional.of(new KeptVersion(version, notes, 0));
        } catch (DateTimeParseException | NumberFormatException | NullPointerException garbled) {
            return Optional.empty();
        }
    }
}
