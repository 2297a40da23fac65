package se.linkoping.lod.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.load.LoadRejected;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;

/** {@code load}: validate, then load the data into the store, all or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validates the data (as validate does), then loads it into the TDB2 store with Jena's "
                + "bulk loader and switches the store to it.",
                "All or nothing: a rejected, failed or interrupted load leaves the store serving the data it had.",
                "The dumps of the new data are written by serve, in the background."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Override
    public Integer call() {
        Iris iris = options.iris(options.port);
        StoreDirectory directory = new StoreDirectory(options.store);
        Loader loader = new Loader(directory, iris);
        try {
            Loader.Result result = loader.load(options.data);
            StoreDirectory.release(directory.openCurrent());
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
