package se.linkoping.lod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders the publisher writes and removes whole: the store's databases, the dumps of a data version. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, the deepest first. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
