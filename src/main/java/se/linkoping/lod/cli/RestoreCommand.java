package se.linkoping.lod.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.store.StoreBackup;
import se.linkoping.lod.store.StoreDirectory;

/** {@code restore BACKUP}: a backup into an empty store, ready to serve. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup written by the backup command into an empty store: the data into a new "
                + "TDB2 database, the change log beside it.",
                "serve then serves the restored data as it is while the data files are those it was loaded from."})
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup folder.")
    Path backup;

    @Option(names = "--store", defaultValue = "${env:LOD_STORE:-store}",
            description = "Folder of the TDB2 store to restore into; it must hold no data (env LOD_STORE; "
                    + "default ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--change-log", defaultValue = "${env:LOD_CHANGE_LOG}",
            description = "Folder of the change log (env LOD_CHANGE_LOG; default: changes in the store folder).")
    Path changeLog;

    @Override
    public Integer call() {
        StoreDirectory directory = new StoreDirectory(store);
        try {
            StoreBackup.Summary summary = StoreBackup.restore(backup, directory,
                    changeLog != null ? changeLog : store.resolve("changes"));
            spec.commandLine().getOut().println("Restored " + backup + " into " + summary);
            return ExitCodes.OK;
        } catch (IllegalStateException | IllegalArgumentException refused) {
            spec.commandLine().getErr().println(refused.getMessage());
            return ExitCodes.FAILURE;
        }
    }
}
