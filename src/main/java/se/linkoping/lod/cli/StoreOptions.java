package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;
import se.linkoping.lod.model.Iris;

/** Options shared by the commands that read the data or the store. Each has an environment variable. */
final class StoreOptions {

    @Option(names = "--port", defaultValue = "${env:LOD_PORT:-8080}",
            description = "HTTP port (env LOD_PORT; default ${DEFAULT-VALUE}). 0 picks a free port.")
    int port;

    @Option(names = "--base", defaultValue = "${env:LOD_BASE}",
            description = "Public base IRI every minted IRI lies under, possibly with a path such as "
                    + "https://www.example.se/lod/ (env LOD_BASE; default http://localhost:<port>/; for load, the base "
                    + "the store was loaded with).")
    String base;

    @Option(names = "--store", defaultValue = "${env:LOD_STORE:-store}",
            description = "Folder of the TDB2 store (env LOD_STORE; default ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--data", split = ",", defaultValue = "${env:LOD_DATA:-data,ontology}",
            description = "RDF files or folders to load, repeatable or comma-separated "
                    + "(env LOD_DATA; default ${DEFAULT-VALUE}).")
    List<Path> data;

    /** The base IRI: the one given, or the local one for the port. */
    Iris iris(int actualPort) {
        return new Iris(base == null || base.isBlank() ? "http://localhost:" + actualPort + "/" : base);
    }
}
