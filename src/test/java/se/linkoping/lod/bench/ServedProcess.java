package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A server the suite runs in a process of its own for a while (our {@code serve} in remote mode, a
 * peer): started, waited for until it answers a page with 200, stopped with its child processes. What
 * it prints goes to a log file, read back when it fails to start.
 */
final class ServedProcess implements AutoCloseable {

    /** How long a server may take to answer its first page. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final String root;

    private ServedProcess(Process process, String root) {
        this.process = process;
        this.root = root;
    }

    /**
     * Starts the command and waits until {@code root + readyPath} answers 200 to a GET with that
     * {@code Accept}.
     */
    static ServedProcess start(ProcessBuilder command, Path log, String root, String readyPath, String accept) {
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command.command()), e);
        }
        ServedProcess served = new ServedProcess(process, root);
        try {
            served.awaitPage(readyPath, accept, command, log);
        } catch (RuntimeException e) {
            served.close();
            throw e;
        }
        return served;
    }

    /** Its root URL, without the trailing slash. */
    String root() {
        return root;
    }

    private void awaitPage(String path, String accept, ProcessBuilder command, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest page = HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).build();
        long start = System.nanoTime();
        try {
            while (System.nanoTime() - start < LIMIT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Exit " + process.exitValue() + " from "
                            + String.join(" ", command.command()) + ":\n" + tail(log));
                }
                if (answers(http, page)) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + page.uri(), e);
        }
        throw new IllegalStateException("No answer 200 from " + page.uri() + " within " + LIMIT.toSeconds() + " s:\n"
                + tail(log));
    }

    private static boolean answers(HttpClient http, HttpRequest page) throws InterruptedException {
        try {
            return http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
