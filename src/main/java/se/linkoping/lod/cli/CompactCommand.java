package se.linkoping.lod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.store.StoreDirectory;

/** {@code compact}: TDB2 compaction of the store at rest, which frees the space that writes left behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the store's TDB2 database (Jena's DatabaseMgr.compact): a TDB2 database grows "
                + "with every write, compaction copies the live data into a new generation and deletes the old.",
                "The store must be at rest (no server on it). A load writes a fresh database, so only staff writes "
                        + "make compaction worth it."})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "${env:LOD_STORE:-store}",
            description = "Folder of the TDB2 store (env LOD_STORE; default ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() throws IOException {
        StoreDirectory directory = new StoreDirectory(store);
        Path database = directory.current().orElseThrow(() ->
                new IllegalStateException("The store " + store + " holds no data yet: nothing to compact"));
        long before = size(database);
        DatasetGraph dataset = directory.openDatabase();
        try {
            DatabaseMgr.compact(dataset, true);
        } finally {
            StoreDirectory.release(dataset);
        }
        long after = size(database);
        spec.commandLine().getOut().printf("Compacted %s: %,d bytes before, %,d after%n", database, before, after);
        return ExitCodes.OK;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
