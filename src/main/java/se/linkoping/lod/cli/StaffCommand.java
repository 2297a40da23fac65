package se.linkoping.lod.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.admin.AdminCredentials;

/** {@code staff add NAME}, {@code staff passwd NAME}: the accounts of the staff who may write. */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = {"Adds a person who may write (staff add NAME) or changes their password (staff passwd NAME), "
                + "in the file --admin-password-file names, as an Argon2id hash.",
                "The password is asked for twice without echo; when standard input is not a terminal, "
                        + "it is read from its first line (for scripts)."},
        subcommands = {StaffCommand.Add.class, StaffCommand.Passwd.class})
final class StaffCommand {

    /** The shortest password taken. */
    static final int MIN_PASSWORD_LENGTH = 12;

    abstract static class Change implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The person's name (letters, digits, . _ @ -).")
        String name;

        @Option(names = "--admin-password-file", defaultValue = "${env:LOD_ADMIN_PASSWORD_FILE}", required = true,
                description = "The file of the staff who may write (env LOD_ADMIN_PASSWORD_FILE).")
        Path file;

        abstract boolean mustExist();

        @Override
        public Integer call() {
            String password = readPassword();
            if (password == null) {
                spec.commandLine().getErr().println("The two passwords differ, or none was given: nothing was written.");
                return ExitCodes.FAILURE;
            }
            if (password.length() < MIN_PASSWORD_LENGTH) {
                spec.commandLine().getErr().println("A password has at least " + MIN_PASSWORD_LENGTH
                        + " characters (a passphrase of several words is good): nothing was written.");
                return ExitCodes.FAILURE;
            }
            try {
                AdminCredentials.writeLine(file, name, password, mustExist());
            } catch (IllegalArgumentException refused) {
                spec.commandLine().getErr().println(refused.getMessage() + ": nothing was written.");
                return ExitCodes.FAILURE;
            }
            spec.commandLine().getOut().println((mustExist() ? "Changed the password of " : "Added ") + name + " in "
                    + file + (mustExist() ? "" : "; a running server takes the new account at its next start."));
            return ExitCodes.OK;
        }

        /** The password, asked twice without echo at a terminal, else the first line of standard input; null when none. */
        private static String readPassword() {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("Password: ");
                char[] second = console.readPassword("Again: ");
                if (first == null || second == null || !Arrays.equals(first, second)) {
                    return null;
                }
                return new String(first);
            }
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null || line.isEmpty() ? null : line;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the password from standard input", e);
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a person who may write.")
    static final class Add extends Change {
        @Override
        boolean mustExist() {
            return false;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Changes the password of a person who may write (also re-hashes an old sha256 line).")
    static final class Passwd extends Change {
        @Override
        boolean mustExist() {
            return true;
        }
    }
}
