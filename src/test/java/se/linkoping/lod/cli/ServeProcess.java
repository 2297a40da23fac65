package se.linkoping.lod.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code serve} started as an operator starts it: a separate Java process, on a port of its own. */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    private final String output;
    private final int port;

    private ServeProcess(Process process, String output, int port) {
        this.process = process;
        this.output = output;
        this.port = port;
    }

    /** Starts {@code serve --port PORT --bind 127.0.0.1 ARGS} and waits until it announces its URLs. */
    static ServeProcess start(int port, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("serve", "--port", Integer.toString(port), "--bind", "127.0.0.1"));
        command.addAll(List.of(args));
        Process process = java(command).start();
        StringBuilder output = new StringBuilder();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean announced = false;
        for (String line; !announced && (line = lines.readLine()) != null; ) {
            output.append(line).append('\n');
            announced = line.contains("health check");
            if (System.nanoTime() > end) {
                break;
            }
        }
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }), "drain-serve-output");
        drain.setDaemon(true);
        drain.start();
        if (!announced || !process.isAlive()) {
            process.destroyForcibly();
            throw new IllegalStateException("serve did not start:\n" + output);
        }
        return new ServeProcess(process, output.toString(), port);
    }

    /**
     * Runs a command of the command line in a process of its own (as a second operator would, beside
     * a running server) and waits until it ends; one that does not end within two minutes is stopped.
     * Its standard error follows its standard output in {@code out}.
     */
    static CommandRun run(String... args) throws IOException, InterruptedException {
        Path output = Files.createTempFile("lod-command", ".out");
        try {
            Process process = java(List.of(args)).redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            return new CommandRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), "");
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static ProcessBuilder java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** What it printed up to the list of its URLs. */
    String output() {
        return output;
    }

    /** Its own root URL. */
    String url() {
        return "http://127.0.0.1:" + port + "/";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
