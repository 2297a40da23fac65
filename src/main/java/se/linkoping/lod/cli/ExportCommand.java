package se.linkoping.lod.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.TurtleFiles;

/** {@code export}: the store's data on standard output or in a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store to standard output, as N-Quads unless --format says otherwise.",
                "With --files DIR: writes the data (without the ontology and shapes) as Turtle files by kind of "
                        + "thing, each thing's statements together, IRIs relative to the base, to commit in data/."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "${env:LOD_STORE:-store}",
            description = "Folder of the TDB2 store (env LOD_STORE; default ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--format", defaultValue = "nquads",
            description = "An RDF syntax by Jena's name or media type: nquads (default), ntriples, turtle, trig, "
                    + "jsonld, rdfxml, application/n-triples, ...")
    String format;

    @Option(names = {"-o", "--output"}, description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--files", paramLabel = "DIR",
            description = "Write the data as Turtle files by kind of thing into this folder, relative IRIs "
                    + "(project.ttl, town.ttl, …), as data/ holds them.")
    Path files;

    @Override
    public Integer call() throws IOException {
        if (files != null) {
            return files();
        }
        Lang lang = RDFLanguages.nameToLang(format);
        if (lang == null) {
            lang = RDFLanguages.contentTypeToLang(format);
        }
        if (lang == null || !RDFWriterRegistry.contains(lang)) {
            throw new ParameterException(spec.commandLine(), "Unknown RDF format: " + format);
        }
        Lang chosen = lang;
        DatasetGraph dsg = new StoreDirectory(store).openCurrent();
        OutputStream out = new BufferedOutputStream(output == null ? System.out : Files.newOutputStream(output), 1 << 16);
        try {
            Txn.executeRead(dsg, () -> {
                if (RDFLanguages.isQuads(chosen)) {
                    RDFDataMgr.write(out, dsg, chosen);
                } else {
                    RDFDataMgr.write(out, dsg.getDefaultGraph(), chosen);
                }
            });
        } finally {
            StoreDirectory.release(dsg);
        }
        if (output == null) {
            out.flush();
        } else {
            out.close();
        }
        return ExitCodes.OK;
    }

    private Integer files() {
        StoreDirectory directory = new StoreDirectory(store);
        Optional<String> base = directory.currentLoadInfo().map(info -> info.getProperty(Loader.BASE));
        if (base.isEmpty()) {
            spec.commandLine().getErr().println("The store " + store + " holds no data: nothing to write.");
            return ExitCodes.FAILURE;
        }
        Iris iris = new Iris(base.get());
        DatasetGraph dsg = directory.openCurrent();
        try {
            List<String> written = Txn.calculateRead(dsg, () -> TurtleFiles.write(dsg.getDefaultGraph(), iris, files));
            spec.commandLine().getOut().println("Wrote " + String.join(", ", written) + " into " + files
                    + " (IRIs relative to " + iris.base() + ")");
        } finally {
            StoreDirectory.release(dsg);
        }
        return ExitCodes.OK;
    }
}
