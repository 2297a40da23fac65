package se.linkoping.lod.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
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

/** {@code export}: the store's data on standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole store to standard output, as N-Quads unless --format says otherwise.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "${env:LOD_STORE:-store}",
            description = "Folder of the TDB2 store (env LOD_STORE; default ${DEFAULT-VALUE}).")
    java.nio.file.Path store;

    @Option(names = "--format", defaultValue = "nquads",
            description = "An RDF syntax by Jena's name or media type: nquads (default), ntriples, turtle, trig, "
                    + "jsonld, rdfxml, application/n-triples, ...")
    String format;

    @Override
    public Integer call() {
        Lang lang = RDFLanguages.nameToLang(format);
        if (lang == null) {
            lang = RDFLanguages.contentTypeToLang(format);
        }
        if (lang == null || !RDFWriterRegistry.contains(lang)) {
            throw new ParameterException(spec.commandLine(), "Unknown RDF format: " + format);
        }
        Lang chosen = lang;
        DatasetGraph dsg = new StoreDirectory(store).openCurrent();
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        Txn.executeRead(dsg, () -> {
            if (RDFLanguages.isQuads(chosen)) {
                RDFDataMgr.write(out, dsg, chosen);
            } else {
                RDFDataMgr.write(out, dsg.getDefaultGraph(), chosen);
            }
        });
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write to standard output", e);
        }
        return ExitCodes.OK;
    }
}
