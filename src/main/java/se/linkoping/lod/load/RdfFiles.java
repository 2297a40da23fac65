package se.linkoping.lod.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Finds the RDF files among the paths given: files as they are, folders searched recursively. */
public final class RdfFiles {

    private RdfFiles() {
    }

    /**
     * The RDF files under the paths, in a stable order. A file is RDF when Jena knows its extension
     * ({@code .ttl}, {@code .rdf}, {@code .jsonld}, {@code .nt}, {@code .trig}, ... and their
     * {@code .gz} forms); other files in folders (READMEs, pictures) are passed over. A path named
     * directly is taken whatever its extension, so that a mistyped file is reported, not skipped.
     *
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> find(Collection<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(RdfFiles::isRdf).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the folder " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new IllegalArgumentException("No such file or folder: " + path);
            }
        }
        return files;
    }

    /** The RDF syntax of a file, from its name; null when Jena does not know it. */
    public static Lang langOf(Path file) {
        return RDFLanguages.filenameToLang(file.getFileName().toString());
    }

    private static boolean isRdf(Path file) {
        return langOf(file) != null;
    }
}
