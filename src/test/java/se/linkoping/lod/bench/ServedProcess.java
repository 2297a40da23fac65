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
 * peer): started, waited for until it answers a page with 200 ({@link #ready}, so that several can
 * start at once), stopped with its child processes. What it prints goes to a log file, read back when
 * it fails to start.
 */
final class ServedProcess implements AutoCloseable {

    /** How long a server may take to answer its first page. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final ProcessBuilder command;
    private final Path log;
    private final String root;
    private final HttpRequest readyPage;

    private ServedProcess(Process process, ProcessBuilder command, Path log, String root, HttpRequest readyPage) {
        this.process = process;
        this.command = command;
        this.log = log;
        this.root = root;
        this.readyPage = readyPage;
    }

    /**
     * Starts the command, to be ready when {@code root + readyPath} answers 200 to a GET with that
     * {@code Accept}.
     */
    static ServedProcess start(ProcessBuilder command, Path log, String root, String readyPath, String accept) {
        try {
            Files.createDirectories(log.getParent());
            Process process = command.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServedProcess(process, command, log, root, HttpRequest.newBuilder(URI.create(root + readyPath))
                    .header("Accept", accept).timeout(Duration.ofSeconds(30)).build());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command.command()), e);
        }
    }

    /** Waits until it answers its page; stops it when it does not, and says why. */
    ServedProcess ready() {
        try {
            awaitPage();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Its root URL, without the trailing slash. */
    String root() {
        return root;
    }

    private void awaitPage() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest page = readyPage;
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
