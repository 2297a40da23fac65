package se.linkoping.lod.load;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.apache.jena.sparql.core.DatasetGraph;

import se.linkoping.lod.store.TextIndexes;

/**
 * The text index of a freshly loaded database, built in a thread of its own while the shapes are
 * checked (each keeps one core busy), from a read transaction on the data as the files gave it: for a
 * load with no layer to apply over the files, whose data is then served as it is.
 */
final class TextIndexing {

    private final Path generation;
    private final FutureTask<Long> task;

    private TextIndexing(Path generation, DatasetGraph database) {
        this.generation = generation;
        this.task = new FutureTask<>(() -> TextIndexes.build(generation, database));
    }

    /** Starts building the index of the database into its generation. */
    static TextIndexing start(Path generation, DatasetGraph database) {
        TextIndexing indexing = new TextIndexing(generation, database);
        Thread thread = new Thread(indexing.task, "text-index");
        thread.setDaemon(true);
        thread.start();
        return indexing;
    }

    /** Waits for the index. */
    void finish() {
        await();
    }

    /** Waits for the index of a load that failed or was refused, whose generation is about to be discarded. */
    void abandon() {
        try {
            await();
        } catch (RuntimeException ignored) {
            // The load failed already: its own failure is the one reported.
        }
    }

    private void await() {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the text index of " + generation + " was built", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Cannot build the text index of " + generation, e.getCause());
        }
    }
}
