package se.linkoping.lod.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the benchmark suite and writes its results; {@code bench/run} calls it with the project's
 * class path. Every measured JVM (this one and those it starts) runs with {@code --jvm-flags}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the benchmark suite and writes latest.json, a dated copy and latest.md.")
public final class BenchMain implements Callable<Integer> {

    @Option(names = "--small", defaultValue = "10000", description = "Triples of the small data (default ${DEFAULT-VALUE}).")
    long small;

    @Option(names = "--large", defaultValue = "10000000", description = "Triples of the large data (default ${DEFAULT-VALUE}).")
    long large;

    @Option(names = "--load", description = "Triples both loaders load (default: the large size).")
    Long load;

    @Option(names = "--runs", defaultValue = "3", description = "Runs of each measurement (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--load-runs", defaultValue = "1", description = "Runs of each loader (default ${DEFAULT-VALUE}).")
    int loadRuns;

    @Option(names = "--duration", defaultValue = "10", description = "Seconds of each HTTP measurement (default ${DEFAULT-VALUE}).")
    int duration;

    @Option(names = "--warmup", defaultValue = "5", description = "Seconds of warm-up per kind of request (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--connections", defaultValue = "16", description = "Connections of the throughput runs (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the generated data (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--base", defaultValue = "http://localhost:8080/", description = "Base IRI of the data (default ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--work", defaultValue = "target-bench/work",
            description = "Folder for generated data and stores, reused by later runs (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--peers", defaultValue = "target-bench/peers",
            description = "Folder the peers (Trifid, from npm) are installed into, kept between runs (default ${DEFAULT-VALUE}).")
    Path peers;

    @Option(names = "--results", defaultValue = "bench/results", description = "Folder of the results (default ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--project", defaultValue = ".", description = "The project folder (default: the current one).")
    Path project;

    @Option(names = "--packaged",
            description = "Build folder of the packaged jar (lod.jar, lod.jsa): cold starts run bin/lod over it, as "
                    + "operators do. Without it they run from this class path.")
    Path packaged;

    @Option(names = "--jvm-flags", defaultValue = "", description = "JVM flags of every measured JVM, space-separated.")
    String jvmFlags;

    @Option(names = "--command", defaultValue = "bench/run", description = "The command line to record in the results.")
    String command;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() {
        List<String> flags = jvmFlags.isBlank() ? List.of() : Arrays.asList(jvmFlags.trim().split("\\s+"));
        BenchSettings settings = new BenchSettings(small, large, load == null ? large : load, runs, loadRuns,
                Duration.ofSeconds(duration), Duration.ofSeconds(warmup), connections, seed, base,
                work.toAbsolutePath(), peers.toAbsolutePath(), project.toAbsolutePath(),
                new JavaCommand(System.getProperty("java.class.path"), flags, Optional.ofNullable(packaged)),
                HttpLoad.best(), command);
        Results outcome = new BenchSuite(settings).run();
        Path written = ResultsWriter.write(outcome, results);
        System.out.println(ResultsWriter.markdown(outcome, ""));
        System.out.println("Results in " + written);
        return 0;
    }
}
