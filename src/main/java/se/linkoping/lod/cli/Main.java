package se.linkoping.lod.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code serve}, {@code load}, {@code validate}, {@code export}. */
@Command(name = "lod",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Publishes a municipality's international work as linked open data.",
        subcommands = {ServeCommand.class, LoadCommand.class, ValidateCommand.class, ExportCommand.class,
                BackupCommand.class, RestoreCommand.class, CompactCommand.class, StaffCommand.class,
                GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (0 when all went well). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, ready to execute; its output and error writers may be replaced. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new ErrorReporter());
    }
}
