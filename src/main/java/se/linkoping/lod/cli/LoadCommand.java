package se.linkoping.lod.cli;

import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.load.LoadRejected;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.StoreDirectory;

/** {@code load}: validate, then load the data into the store, all or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validates the data (as validate does), then loads it into the TDB2 store with Jena's "
                + "bulk loader, and writes the dumps of the new data.",
                "All or nothing: a rejected, failed or interrupted load leaves the store serving the data it had."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Mixin
    CatalogOptions catalog;

    @Override
    public Integer call() {
        Iris iris = options.iris(options.port);
        StoreDirectory directory = new StoreDirectory(options.store);
        Loader loader = new Loader(directory, iris);
        try {
            Loader.Result result = loader.load(options.data);
            DatasetGraph loaded = directory.openCurrent();
            try {
                new Dumps(catalog.dumpsFolder(options.store), iris).writeIfMissing(new LocalStore(loaded, iris));
            } finally {
                StoreDirectory.release(loaded);
            }
            spec.commandLine().getOut().printf("Loaded %,d triples into %s in %.1f s%n",
                    result.triples(), options.store, result.seconds());
            return ExitCodes.OK;
        } catch (LoadRejected rejected) {
            ProblemPrinter.print(spec.commandLine().getErr(), rejected.problems());
            spec.commandLine().getErr().println("Nothing was loaded: the store is as it was.");
            return ExitCodes.INVALID;
        }
    }
}
