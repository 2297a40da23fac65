package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * HTTP load from {@code wrk} (Debian's package): a C load generator with a Lua script that takes the
 * paths in turn. Requests per second, the median latency and the errors are read from its report.
 */
final class WrkLoad implements HttpLoad {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("^\\s*50%\\s+([0-9.]+)(us|ms|s)\\s*$", Pattern.MULTILINE);
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    static boolean available() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first line of {@code wrk --version} (which exits with 1 after printing it). */
    @Override
    public String name() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().findFirst().orElse("wrk").trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run wrk --version", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: wrk --version", e);
        }
    }

    @Override
    public Measurement run(String root, List<String> paths, Map<String, String> headers, int connections,
                           Duration duration) {
        Path script = script(paths, headers);
        try {
            String report = Processes.output(List.of("wrk", "-t", String.valueOf(Math.min(2, connections)),
                    "-c", String.valueOf(connections), "-d", duration.toSeconds() + "s", "--timeout", "60s", "--latency",
                    "-s", script.toString(), root));
            return parse(report);
        } finally {
            try {
                Files.deleteIfExists(script);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + script, e);
            }
        }
    }

    /** Reads wrk's report. */
    static Measurement parse(String report) {
        double rate = Double.parseDouble(find(RATE, report, "Requests/sec"));
        Matcher p50 = P50.matcher(report);
        if (!p50.find()) {
            throw new IllegalStateException("No median latency in wrk's report:\n" + report);
        }
        double value = Double.parseDouble(p50.group(1));
        double millis = switch (p50.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
        long total = Long.parseLong(find(TOTAL, report, "requests"));
        Matcher non2xx = NON_2XX.matcher(report);
        long errors = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        Matcher socket = SOCKET_ERRORS.matcher(report);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Measurement(rate, millis, total, errors);
    }

    private static String find(Pattern pattern, String report, String what) {
        Matcher m = pattern.matcher(report);
        if (!m.find()) {
            throw new IllegalStateException("No " + what + " in wrk's report:\n" + report);
        }
        return m.group(1);
    }

    private static Path script(List<String> paths, Map<String, String> headers) {
        String lua = headers.entrySet().stream()
                .map(h -> "wrk.headers[" + lua(h.getKey()) + "] = " + lua(h.getValue()))
                .collect(Collectors.joining("\n", "", "\n"))
                + "local paths = {" + paths.stream().map(WrkLoad::lua).collect(Collectors.joining(", ")) + "}\n"
                + "local i = 0\n"
                + "function init(args) i = math.random(#paths) - 1 end\n"
                + "function request()\n"
                + "  i = i % #paths + 1\n"
                + "  return wrk.format(\"GET\", paths[i])\n"
                + "end\n";
        try {
            Path file = Files.createTempFile("bench-wrk-", ".lua");
            Files.writeString(file, lua, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the wrk script", e);
        }
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
