package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.load.Validation;

/** {@code validate [PATH...]}: parse every RDF file, then run the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Parses every RDF file under the paths (any syntax Jena reads), then runs the SHACL "
                + "shapes found among them over all of it.",
                "Exit 0 when all is valid, 1 with every problem listed otherwise: "
                        + "'file:line:column: message' for syntax errors, 'resource — property: message' for "
                        + "shape violations."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders (default: ontology and data).")
    List<Path> paths = List.of(Path.of("ontology"), Path.of("data"));

    @Option(names = "--base", defaultValue = "${env:LOD_BASE:-http://localhost:8080/}",
            description = "Base IRI relative IRIs are resolved against (env LOD_BASE; default ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        Validation.Report report = Validation.run(paths, base);
        if (report.valid()) {
            spec.commandLine().getOut().printf("%d file(s) valid%n", report.files().size());
            return ExitCodes.OK;
        }
        ProblemPrinter.print(spec.commandLine().getErr(), report.problems());
        return ExitCodes.INVALID;
    }
}
