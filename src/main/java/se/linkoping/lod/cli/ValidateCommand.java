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
        description = {"Parses every RDF file under the paths (any syntax Jena reads), then checks them against "
                + "the project's SHACL shapes (ontology/, with the ontology beside them), or those --shapes names, "
                + "with the rest of the data (--context) beside them for what they link to.",
                "Exit 0 when all is valid, 1 with every problem listed otherwise: "
                        + "'file:line:column: message' for syntax errors, 'resource — property: message' for "
                        + "shape violations."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Files or folders (default: ontology and data).")
    List<Path> paths = List.of(Path.of("ontology"), Path.of("data"));

    @Option(names = "--shapes", split = ",", defaultValue = "${env:LOD_SHAPES:-ontology}",
            description = "Files or folders holding the SHACL shapes and the ontology (repeatable, or comma-separated; "
                    + "env LOD_SHAPES; default ${DEFAULT-VALUE}).")
    List<Path> shapes;

    @Option(names = "--context", split = ",", defaultValue = "${env:LOD_CONTEXT:-data}",
            description = "Files or folders of the rest of the data, read beside the files for the resources they "
                    + "link to; problems are then reported only for the resources the files describe (repeatable, "
                    + "or comma-separated; env LOD_CONTEXT; default ${DEFAULT-VALUE}; missing ones are skipped, so "
                    + "'--context none' checks the files alone).")
    List<Path> context;

    @Option(names = "--base", defaultValue = "${env:LOD_BASE:-http://localhost:8080/}",
            description = "Base IRI relative IRIs are resolved against (env LOD_BASE; default ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        Validation.Report report = Validation.run(paths, shapes, context, base);
        if (report.valid()) {
            spec.commandLine().getOut().printf("%d file(s) valid%n", report.files().size());
            return ExitCodes.OK;
        }
        ProblemPrinter.print(spec.commandLine().getErr(), report.problems());
        return ExitCodes.INVALID;
    }
}
