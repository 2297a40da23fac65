package se.linkoping.lod.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import se.linkoping.lod.store.StoreDirectory;

/** {@code export}: the store's data on standard output or in a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole store to standard output, as N-Quads unless --format says otherwise.")
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

    @Override
    public Integer call() throws IOException {
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
}
