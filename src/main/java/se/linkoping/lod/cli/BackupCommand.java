package se.linkoping.lod.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.store.StoreBackup;
import se.linkoping.lod.store.StoreDirectory;

/** {@code backup}: the store's data and change log in a folder, from a running server or a store at rest. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a backup: the data as gzipped N-Quads, written in one read transaction (one "
                + "consistent state), with the change log and what the data was loaded from.",
                "With --server, the running server writes it while it serves, into backups/ in its store folder "
                        + "(staff credentials needed); without, the store must be at rest (no server on it)."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", defaultValue = "${env:LOD_STORE:-store}",
            description = "Folder of the TDB2 store at rest (env LOD_STORE; default ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--change-log", defaultValue = "${env:LOD_CHANGE_LOG}",
            description = "Folder of the change log (env LOD_CHANGE_LOG; default: changes in the store folder).")
    Path changeLog;

    @Option(names = {"-o", "--output"},
            description = "The backup folder to write, which must not exist (default: backups/<time> in the store folder).")
    Path output;

    @Option(names = "--server", defaultValue = "${env:LOD_SERVER}",
            description = "The running server's own URL, e.g. http://127.0.0.1:8080/ (env LOD_SERVER): it writes "
                    + "the backup while it serves.")
    String server;

    @Option(names = "--user", defaultValue = "${env:LOD_ADMIN_USER}",
            description = "With --server: the staff member's name (env LOD_ADMIN_USER).")
    String user;

    @Option(names = "--password-file", defaultValue = "${env:LOD_ADMIN_PASSWORD_FILE_OF_USER}",
            description = "With --server: a file holding the staff member's password (env LOD_ADMIN_PASSWORD_FILE_OF_USER).")
    Path passwordFile;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (server != null && !server.isBlank()) {
            return askServer();
        }
        StoreDirectory directory = new StoreDirectory(store);
        DatasetGraph dataset = directory.openCurrent();
        Optional<DatasetGraph> history = directory.openHistory();
        try {
            Path folder = output != null ? output : StoreBackup.newFolder(directory);
            StoreBackup.Summary summary = StoreBackup.write(dataset, history, directory.currentLoadInfo(),
                    changeLog != null ? changeLog : directory.root().resolve("changes"), folder);
            spec.commandLine().getOut().println("Backup written to " + summary);
            return ExitCodes.OK;
        } finally {
            StoreDirectory.release(dataset);
            history.ifPresent(StoreDirectory::release);
        }
    }

    private int askServer() throws IOException, InterruptedException {
        if (user == null || passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--server needs --user and --password-file");
        }
        if (output != null) {
            throw new ParameterException(spec.commandLine(), "--server writes into the server's backups folder: "
                    + "drop --output");
        }
        String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endsWith("/") ? server : server + "/")
                        .resolve("admin/backup"))
                .header("Authorization", "Basic " + credentials)
                .header(AdminRoutes.REQUESTED_BY, "lod backup")
                .timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            spec.commandLine().getErr().print("The server answered " + response.statusCode() + ": " + response.body());
            spec.commandLine().getErr().flush();
            return ExitCodes.FAILURE;
        }
        spec.commandLine().getOut().print(response.body());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
