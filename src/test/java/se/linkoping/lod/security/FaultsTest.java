package se.linkoping.lod.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.linkoping.lod.admin.AdminCredentials;
import se.linkoping.lod.cli.Main;
import se.linkoping.lod.testing.RunningSite;

/**
 * Faults lose nothing. Each test runs the commands as an operator does, as separate processes, kills
 * one with {@code kill -9} at the worst moment, restarts, and counts what is served: the data from
 * before or after, never a mix.
 */
class FaultsTest {

    private static final Path PROJECT = RunningSite.PROJECT;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";

    @TempDir
    Path tmp;

    private final List<Process> processes = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
            p.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void killedDuringALargeLoadTheStoreServesTheDataFromBeforeAndACorruptFileIsRefused() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/";
        String store = tmp.resolve("store").toString();
        String seed = PROJECT.resolve("ontology") + "," + PROJECT.resolve("data");
        Run load = start("load", "--store", store, "--base", base, "--data", seed);
        assertEquals(0, load.process.waitFor(), load.output());

        Path big = tmp.resolve("big.nt");
        Run generate = start("generate", "--triples", "300000", "--out", big.toString(), "--base", base);
        assertEquals(0, generate.process.waitFor(), generate.output());

        String large = PROJECT.resolve("ontology") + "," + big;
        Run killed = start("load", "--store", store, "--base", base, "--data", large);
        killed.awaitLine("Reading " + big, 120);
        Thread.sleep(1500);
        assertTrue(killed.process.isAlive(), "the load is still running when it is killed:\n" + killed.output());
        killed.process.destroyForcibly().waitFor();
        assertFalse(killed.output().contains("now serves"), killed.output());

        Run served = serve(port, store, seed);
        assertTrue(served.output().contains("has not changed"), served.output());
        long before = count(base);
        assertTrue(before > 1000 && before < 10_000, "the seed data is served: " + before);
        stop(served);

        Path corrupt = Files.writeString(tmp.resolve("corrupt.ttl"), "@prefix : <x> . :a :b \"unterminated .\n\u0000\u0001");
        Run refused = serve(port, store, seed + "," + corrupt);
        assertTrue(refused.output().contains("corrupt.ttl:") && refused.output().contains("serving the data loaded before"),
                refused.output());
        assertEquals(before, count(base), "the data from before is served after a corrupt file");
        stop(refused);

        Run largeServed = serve(port, store, large);
        long after = count(base);
        assertTrue(after > 300_000, "the whole large load is served once it completes: " + after + "\n"
                + largeServed.output());
    }

    @Test
    void killedDuringAWriteTheStoreServesTheDataFromBeforeOrAfter() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/";
        String store = tmp.resolve("store").toString();
        String seed = PROJECT.resolve("ontology") + "," + PROJECT.resolve("data");
        Path passwords = Files.writeString(tmp.resolve("admins"), AdminCredentials.fileLine("editor", "secret") + "\n");
        Run served = serve(port, store, seed, "--admin-password-file", passwords.toString());
        long before = count(base);

        String heavy = "INSERT { ?a <urn:example:near> ?b } WHERE { ?a ?p ?x . ?b ?q ?y }";
        HttpRequest write = HttpRequest.newBuilder(URI.create(base + "admin/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", RunningSite.basic("editor", "secret"))
                .POST(HttpRequest.BodyPublishers.ofString(heavy)).build();
        var pending = http.sendAsync(write, HttpResponse.BodyHandlers.ofString());
        Thread.sleep(1500);
        assertFalse(pending.isDone(), "the write is still running when the server is killed");
        served.process.destroyForcibly().waitFor();

        serve(port, store, seed, "--admin-password-file", passwords.toString());
        long after = count(base);
        assertEquals(before, after, "the interrupted write left nothing behind");
    }

    /** A started command: its process and what it printed so far. */
    private static final class Run {
        final Process process;
        final StringBuffer output = new StringBuffer();
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();

        Run(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        output.append(line).append('\n');
                        lines.add(line);
                    }
                } catch (IOException ended) {
                    output.append("(output closed: ").append(ended.getMessage()).append(")\n");
                }
            }, "process-output");
            reader.setDaemon(true);
            reader.start();
        }

        String output() {
            return output.toString();
        }

        void awaitLine(String part, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.contains(part)) {
                    return;
                }
                if (line == null && !process.isAlive()) {
                    break;
                }
            }
            throw new AssertionError("No line with '" + part + "' in:\n" + output());
        }
    }

    private Run start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(process);
        return new Run(process);
    }

    private Run serve(int port, String store, String data, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--base", "http://127.0.0.1:" + port + "/", "--store", store, "--data", data,
                "--dumps", tmp.resolve("dumps").toString(), "--queries", PROJECT.resolve("queries").toString()));
        args.addAll(List.of(more));
        Run run = start(args.toArray(String[]::new));
        run.awaitLine("health check", 180);
        return run;
    }

    private static void stop(Run run) throws InterruptedException {
        run.process.destroy();
        run.process.waitFor(30, TimeUnit.SECONDS);
    }

    private long count(String base) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "sparql?query="
                        + URLEncoder.encode(COUNT, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
