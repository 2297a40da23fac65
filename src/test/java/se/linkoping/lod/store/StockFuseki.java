package se.linkoping.lod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A stock Apache Jena Fuseki server, run as a separate {@code java -jar} process over a data file:
 * the reference that our own code is compared with.
 *
 * <p>The jar is copied into the build directory by Maven before the tests run; its path is the
 * system property {@value #JAR_PROPERTY}.
 */
public final class StockFuseki implements AutoCloseable {

    /** The system property that holds the path of {@code jena-fuseki-server.jar}. */
    public static final String JAR_PROPERTY = "stock.fuseki.jar";

    private static final String DATASET = "ds";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;

    private StockFuseki(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Fuseki on a free port with an in-memory, read-only dataset loaded from {@code dataFile}. */
    public static StockFuseki start(Path dataFile, Path workDirectory) throws IOException, InterruptedException {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No stock Fuseki jar at system property " + JAR_PROPERTY + " = " + jar
                    + " (Maven copies it into the build directory before the tests)");
        }
        int port = freePort();
        Path log = workDirectory.resolve("stock-fuseki.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-jar", jar,
                "--localhost", "--port=" + port, "--file=" + dataFile.toAbsolutePath(), "/" + DATASET))
                .directory(workDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        StockFuseki fuseki = new StockFuseki(process, port, log);
        fuseki.awaitReady();
        return fuseki;
    }

    /**
     * Starts Fuseki over the sample data ({@link TestData}), in a new temporary folder named from
     * {@code prefix}: the remote endpoint of a site in remote mode.
     */
    public static StockFuseki overSampleData(String prefix) {
        try {
            Path work = Files.createTempDirectory(prefix);
            DatasetGraph dataset = TestData.loadTdb2(Files.createDirectory(work.resolve("tdb")));
            Path data = TestData.writeNQuads(dataset, work.resolve("data.nq"));
            dataset.close();
            return start(data, work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the stock Fuseki", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the stock Fuseki", e);
        }
    }

    /** The SPARQL query endpoint of the dataset. */
    public String queryEndpoint() {
        return "http://localhost:" + port + "/" + DATASET + "/query";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping")).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Stock Fuseki exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("Stock Fuseki did not answer within " + START_TIMEOUT + ":\n" + Files.readString(log));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
