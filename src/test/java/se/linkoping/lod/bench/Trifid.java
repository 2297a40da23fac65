package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer the pages are measured against: Trifid (Zazuko's linked-data server, Node.js), installed
 * from npm into a folder kept between runs, and run over our {@code /sparql} in two set-ups:
 *
 * <ul>
 *   <li>as shipped: {@code trifid --sparql-endpoint-url URL --dataset-base-url BASE}, its documented
 *       SPARQL set-up (the entity renderer asks Trifid's own SPARQL proxy, which asks the endpoint;
 *       it follows redirects and loads labels);</li>
 *   <li>tuned: the entity renderer alone, straight on the endpoint, without the label loader or the
 *       redirect query ({@code trifid-tuned.yaml}).</li>
 * </ul>
 *
 * It serves a thing's page at the thing's own path ({@code /id/...}), rewriting the dataset's base to
 * its own origin.
 */
final class Trifid {

    static final String VERSION = "5.3.0";
    private static final Logger LOG = LoggerFactory.getLogger(Trifid.class);
    private static final String TUNED = "trifid-tuned.yaml";

    private final Path folder;
    private final String node;

    private Trifid(Path folder, String node) {
        this.folder = folder;
        this.node = node;
    }

    /**
     * Trifid installed under {@code peers} (npm, unless that version is there already), or empty with
     * the reason logged when {@code node} or {@code npm} is missing.
     */
    static Optional<Trifid> install(Path peers) {
        Optional<String> node = version("node");
        if (node.isEmpty() || version("npm").isEmpty()) {
            LOG.warn("No node or npm on the PATH: Trifid is not measured");
            return Optional.empty();
        }
        Path folder = peers.resolve("trifid-" + VERSION);
        if (!installed(folder)) {
            LOG.info("Installing Trifid {} from npm into {}", VERSION, folder);
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create " + folder, e);
            }
            Processes.output(List.of("npm", "install", "--prefix", folder.toString(), "--no-audit", "--no-fund",
                    "--loglevel", "error", "trifid@" + VERSION));
        }
        copyTunedConfiguration(folder);
        return Optional.of(new Trifid(folder, node.get()));
    }

    /** What ran, for the results: Trifid's and node's versions. */
    String description() {
        return "Trifid " + VERSION + " (npm) on node " + node;
    }

    /** Trifid as shipped, on {@code port}, over the endpoint, started; ready when it answers {@code readyPath}. */
    ServedProcess shipped(String sparqlUrl, String base, int port, String readyPath) {
        return start("shipped", Optional.empty(), sparqlUrl, base, port, readyPath);
    }

    /** Trifid tuned for entity pages, as {@link #shipped} otherwise. */
    ServedProcess tuned(String sparqlUrl, String base, int port, String readyPath) {
        return start("tuned", Optional.of(folder.resolve(TUNED)), sparqlUrl, base, port, readyPath);
    }

    /** Trifid's path of the thing a page of ours describes: {@code /doc/x} → {@code /id/x}. */
    static String thingPath(String pagePath) {
        return pagePath.replaceFirst("^/doc/", "/id/");
    }

    private ServedProcess start(String name, Optional<Path> config, String sparqlUrl, String base, int port,
                                String readyPath) {
        List<String> command = new ArrayList<>(List.of("node", server().toString()));
        config.ifPresent(file -> command.addAll(List.of("--config", file.toString())));
        command.addAll(List.of("--port", String.valueOf(port), "--sparql-endpoint-url", sparqlUrl,
                "--dataset-base-url", base));
        ProcessBuilder process = new ProcessBuilder(command).directory(folder.toFile());
        return ServedProcess.start(process, folder.resolve(name + ".log"), "http://127.0.0.1:" + port, readyPath,
                "text/html");
    }

    private Path server() {
        return folder.resolve("node_modules").resolve("trifid").resolve("server.js");
    }

    private static boolean installed(Path folder) {
        Path manifest = folder.resolve("node_modules").resolve("trifid").resolve("package.json");
        try {
            return Files.isRegularFile(manifest)
                    && Files.readString(manifest).contains("\"version\": \"" + VERSION + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + manifest, e);
        }
    }

    private static void copyTunedConfiguration(Path folder) {
        try (InputStream in = Trifid.class.getResourceAsStream(TUNED)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + TUNED + " next to " + Trifid.class.getName());
            }
            Files.copy(in, folder.resolve(TUNED), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + folder.resolve(TUNED), e);
        }
    }

    /** The first line {@code command --version} prints, or empty when it cannot run. */
    private static Optional<String> version(String command) {
        try {
            Process process = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            return process.waitFor() == 0 ? output.lines().findFirst() : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
