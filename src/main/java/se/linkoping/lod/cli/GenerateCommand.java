package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.generate.GeneratedFile;
import se.linkoping.lod.model.Iris;

/** {@code generate}: made-up data in our model, at any size, for benchmarks and load tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes generated data in the project's model: many municipalities with their twin towns, "
                + "networks, partners and international projects over the years, valid against the shapes.",
                "Deterministic: the same --triples and --seed give the same file. IRIs are absolute, under --base; "
                        + "load the file with the same --base, together with ontology/ (which holds the shapes)."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--triples", required = true,
            description = "At least this many triples (whole municipalities are written, so a few hundred more).")
    long triples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random choices (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true,
            description = "The file to write: .nt (N-Triples) or .ttl (Turtle), optionally .gz.")
    Path out;

    @Option(names = "--base", defaultValue = "${env:LOD_BASE:-http://localhost:8080/}",
            description = "Base IRI the generated IRIs lie under (env LOD_BASE; default ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long written = GeneratedFile.write(out, triples, seed, new Iris(base));
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("Wrote %,d triples to %s in %.1f s%n", written, out, seconds);
        return ExitCodes.OK;
    }
}
