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
import java.util.List;

import se.linkoping.lod.load.Loader;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.StoreDirectory;

/**
 * Starts {@code serve} over a store that already holds the seed data and its dumps (see
 * {@link #prepare}) and measures the time from process start to the first resource page answered
 * (200), then its resident memory once idle.
 * {@code serve} starts as {@link JavaCommand#lod} says: as operators start it, {@code bin/lod} over the
 * packaged jar, when the suite has a packaged build.
 */
final class ColdStart {

    /** How long a start may take before the run is given up. */
    private static final Duration LIMIT = Duration.ofSeconds(120);
    /** How long the server is left idle before its memory is read. */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    /** Seconds to the first page, and resident memory in MB after it. */
    record Run(double seconds, double rssMb) {
    }

    private final JavaCommand java;
    private final Path project;

    ColdStart(JavaCommand java, Path project) {
        this.java = java;
        this.project = project;
    }

    /**
     * Makes the store folder hold the seed data as a restarted server finds it: loaded with the
     * {@code load} command (unless it holds that data already), and its dumps written. {@code serve}
     * writes the dumps in the background, so it is left running until they are; a measured start, stopped
     * soon after its first page, would otherwise leave them to the next start, and each start would
     * spend its first seconds writing them.
     */
    void prepare(Path store, Iris iris) {
        List<Path> data = List.of(project.resolve("data"), project.resolve("ontology"));
        if (!new Loader(new StoreDirectory(store), iris).isCurrent(data)) {
            Processes.output(java.of("se.linkoping.lod.cli.Main", List.of("load", "--store", store.toString(),
                    "--data", data.get(0) + "," + data.get(1), "--base", iris.base())));
        }
        int port = BenchSite.freePort();
        ProcessBuilder command = serve(store, iris.base(), port);
        long start = System.nanoTime();
        Process process = start(command);
        try {
            untilAnswered(process, command, get(port, "/dumps/all.nt.gz", "*/*"), start);
        } finally {
            stop(process);
        }
    }

    /**
     * One cold start of {@code serve} on a free port.
     *
     * @param store    a store folder made ready by {@link #prepare} with {@code base}
     * @param base     the base the store was loaded with
     * @param pagePath the page to wait for, e.g. {@code /doc/project/art4rights}
     */
    Run run(Path store, String base, String pagePath) {
        int port = BenchSite.freePort();
        ProcessBuilder command = serve(store, base, port);
        long start = System.nanoTime();
        Process process = start(command);
        try {
            double seconds = untilAnswered(process, command, get(port, pagePath, "text/html"), start);
            Thread.sleep(SETTLE.toMillis());
            return new Run(seconds, residentMb(process.pid()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting " + String.join(" ", command.command()), e);
        } finally {
            stop(process);
        }
    }

    private ProcessBuilder serve(Path store, String base, int port) {
        return java.lod(project, List.of("serve", "--port", String.valueOf(port),
                "--bind", "127.0.0.1", "--base", base, "--store", store.toString(),
                "--data", project.resolve("data") + "," + project.resolve("ontology"),
                "--queries", project.resolve("queries").toString()));
    }

    private static HttpRequest get(int port, String path, String accept) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(10)).build();
    }

    /** Seconds from {@code start} until the process answers the request with 200. */
    private static double untilAnswered(Process process, ProcessBuilder command, HttpRequest request, long start) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        try {
            while (System.nanoTime() - start < LIMIT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("serve exited with " + process.exitValue() + ": "
                            + String.join(" ", command.command()));
                }
                if (answers(http, request)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(10);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + request.uri(), e);
        }
        throw new IllegalStateException("No answer 200 from " + request.uri() + " within " + LIMIT.toSeconds() + " s");
    }

    private static Process start(ProcessBuilder command) {
        try {
            return command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command.command()), e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean answers(HttpClient http, HttpRequest page) throws InterruptedException {
        try {
            return http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** The resident set size of a process, from {@code /proc/PID/status}. */
    static double residentMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("No VmRSS in /proc/" + pid + "/status");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the memory of process " + pid, e);
        }
    }
}
