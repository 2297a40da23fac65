package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.admin.AdminCredentials;
import se.linkoping.lod.testing.RunningSite;

/**
 * A staff edit survives a restart of {@code serve}, and a restart after a data file changed: the
 * start loads the changed files and replays the edit over them.
 */
class EditsSurviveRestartTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "a long and random enough password";
    private static final String NOTE = "<id/project/art4rights> skos:scopeNote \"Kept across restarts\"@en";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    @Test
    void anEditSurvivesARestartAndAChangedDataFileAtStart() throws Exception {
        Path passwords = tmp.resolve("staff");
        Files.writeString(passwords, AdminCredentials.fileLine(USER, PASSWORD) + "\n");
        Files.setPosixFilePermissions(passwords, PosixFilePermissions.fromString("rw-------"));
        Path data = copy(RunningSite.PROJECT.resolve("data"), tmp.resolve("data"));
        String[] args = {"--store", tmp.resolve("store").toString(), "--admin-password-file", passwords.toString(),
                "--data", data + "," + RunningSite.PROJECT.resolve("ontology")};
        int port = ServeProcess.freePort();
        try (ServeProcess served = ServeProcess.start(port, args)) {
            HttpResponse<String> edit = send(HttpRequest.newBuilder(URI.create(served.url() + "admin/update"))
                    .header("Authorization", RunningSite.basic(USER, PASSWORD))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> INSERT DATA { " + NOTE + " }")));
            assertEquals(200, edit.statusCode(), edit.body());
        }
        try (ServeProcess again = ServeProcess.start(port, args)) {
            assertTrue(again.output().contains("has not changed"), again.output());
            assertTrue(ask(again.url(), NOTE), "the edit is served after a restart");
        }
        Files.writeString(data.resolve("concepts.ttl"), """

                <id/programme/erasmus-plus> skos:altLabel "Erasmusprogrammet"@sv .
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (ServeProcess changed = ServeProcess.start(port, args)) {
            assertTrue(ask(changed.url(), "<id/programme/erasmus-plus> skos:altLabel \"Erasmusprogrammet\"@sv"),
                    "the changed file is loaded");
            assertTrue(ask(changed.url(), NOTE), "and the edit replayed over it");
        }
    }

    private boolean ask(String root, String triple) throws IOException {
        String base = root.replace("127.0.0.1", "localhost");
        String query = "BASE <" + base + "> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ASK { " + triple + " }";
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(root + "sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv"));
        assertEquals(200, found.statusCode(), found.body());
        return found.body().contains("true");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
        return to;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }
}
