package se.linkoping.lod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --check} as the build runs it, a process of its own: the server starts, answers one
 * request of each kind over HTTP, and stops by itself; the exit code says whether every answer was 200.
 * The check itself fails on any other answer (asked of a plain JDK HTTP server that refuses one path).
 */
class ServeCheckTest {

    @TempDir
    Path tmp;

    @Test
    void aStartOnTheSeedDataPassesAndStops() throws Exception {
        int port = ServeProcess.freePort();
        Finished run = check("--port", String.valueOf(port), "--store", tmp.resolve("store").toString());

        assertEquals(0, run.exitCode(), run.out());
        String root = "http://127.0.0.1:" + port + "/";
        List<String> lines = run.out().lines().toList();
        for (String path : List.of("", "doc/dataset/main", "def/ns", "datasets/dcat", "sparql?query=ASK+%7B%7D")) {
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(" 200 " + root + path)),
                    "/" + path + " answered 200:\n" + run.out());
        }
        assertTrue(lines.contains("Check passed"), run.out());
        assertTrue(isFree(port), "the server stopped: its port is free again");
    }

    @Test
    void anAnswerOtherThan200FailsTheCheck() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/def/ns") ? 404 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            String root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            StringWriter out = new StringWriter();

            assertFalse(new StartCheck().passes(root, true, new PrintWriter(out)), out.toString());
            List<String> lines = out.toString().lines().toList();
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(" 404 " + root + "def/ns")), out.toString());
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(" 200 " + root + "datasets/dcat")),
                    "every request is made, also after a failed one:\n" + out);
            assertEquals("Check failed", lines.get(lines.size() - 1));
        } finally {
            server.stop(0);
        }
    }

    /** What a finished process printed, and its exit code. */
    private record Finished(int exitCode, String out) {
    }

    /** Runs {@code serve --check --bind 127.0.0.1 ARGS} in a JVM of its own, to its end. */
    private static Finished check(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--check", "--bind", "127.0.0.1"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("serve --check did not stop:\n" + out);
        }
        return new Finished(process.exitValue(), out);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException taken) {
            return false;
        }
    }
}
