package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Our {@code load} (parse, bulk load, SHACL validation, switch-in) against Jena's bulk loader alone,
 * each in a fresh JVM on a fresh database, on the same files. Times are wall-clock from process
 * start to exit, so both pay the same JVM start.
 */
final class LoadComparison {

    /** The last such line is the total (our load logs its progress in the same words before). */
    private static final Pattern TRIPLES = Pattern.compile("Loaded ([0-9,]+) triples");

    /** Seconds and triples of one load. */
    record Run(double seconds, long triples) {
        double triplesPerSecond() {
            return triples / seconds;
        }
    }

    private final JavaCommand java;
    private final Path work;

    LoadComparison(JavaCommand java, Path work) {
        this.java = java;
        this.work = work;
    }

    /** Our load command into a new store folder. */
    Run ours(Path data, Path ontology, String base) {
        Path store = fresh("ours");
        return timed(java.of("se.linkoping.lod.cli.Main", List.of("load", "--store", store.toString(),
                "--data", data + "," + ontology, "--base", base)), store);
    }

    /** Jena's loader alone into a new database folder. */
    Run jena(Path data, Path ontology, String base) {
        Path database = fresh("jena");
        List<String> args = new ArrayList<>(List.of(database.toString(), base, data.toString()));
        try (Stream<Path> files = Files.list(ontology)) {
            files.filter(f -> f.toString().endsWith(".ttl")).sorted().forEach(f -> args.add(f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + ontology, e);
        }
        return timed(java.of(BareTdbLoad.class.getName(), args), database);
    }

    private static Run timed(List<String> command, Path folder) {
        long start = System.nanoTime();
        String output = Processes.output(command);
        double seconds = (System.nanoTime() - start) / 1e9;
        Matcher m = TRIPLES.matcher(output);
        String count = null;
        while (m.find()) {
            count = m.group(1);
        }
        if (count == null) {
            throw new IllegalStateException("No triple count from " + String.join(" ", command) + ":\n" + output);
        }
        delete(folder);
        return new Run(seconds, Long.parseLong(count.replace(",", "")));
    }

    private Path fresh(String name) {
        Path folder = work.resolve("load-" + name);
        delete(folder);
        return folder;
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
