package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.admin.Conflicts;
import se.linkoping.lod.admin.EditReplay;
import se.linkoping.lod.admin.LoadChanges;
import se.linkoping.lod.history.History;
import se.linkoping.lod.load.LoadRejected;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.store.StoreLock;

/** {@code load}: validate, then load the data into the store, all or nothing. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validates the data (as validate does), then loads it into the TDB2 store with Jena's "
                + "bulk loader and switches the store to it.",
                "All or nothing: a rejected, failed or interrupted load leaves the store serving the data it had.",
                "The staff's edits in the change log are replayed over the files; those the files now contradict "
                        + "are reported as conflicts.",
                "The base is the one the store was last loaded with, unless --base gives another.",
                "A store that another serve or load is using is refused: stop that first.",
                "The dumps of the new data are written by serve, in the background."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions options;

    @Option(names = "--change-log", defaultValue = "${env:LOD_CHANGE_LOG}",
            description = "Folder of the staff's edits, replayed over the files after they are loaded "
                    + "(env LOD_CHANGE_LOG; default: changes in the store folder).")
    Path changeLog;

    @Override
    public Integer call() {
        try (StoreLock lock = StoreLock.acquire(options.store, "load")) {
            return load();
        } catch (StoreLock.InUse e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.FAILURE;
        }
    }

    private Integer load() {
        StoreDirectory directory = new StoreDirectory(options.store);
        Iris iris = base(directory);
        Loader loader = new Loader(directory, iris);
        Optional<Path> before = directory.current();
        try (History history = History.open(options.store, iris)) {
            ChangeLog log = ChangeLog.of(changeLog, directory);
            Loader.Result result = loader.load(options.data, new EditReplay(log, new Conflicts(log.folder()), iris));
            LoadChanges.afterLoad(directory, before, log, history, result.loaded(), "load", "load", result.version());
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

    /** The base given, else the one the store was loaded with, else the local one for the port. */
    private Iris base(StoreDirectory directory) {
        if (options.base != null && !options.base.isBlank()) {
            return options.iris(options.port);
        }
        Optional<String> recorded = directory.currentLoadInfo().map(info -> info.getProperty(Loader.BASE));
        if (recorded.isPresent()) {
            spec.commandLine().getOut().println("Loading under the store's base " + recorded.get()
                    + " (--base to change it)");
            return new Iris(recorded.get());
        }
        return options.iris(options.port);
    }
}
