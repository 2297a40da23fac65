package se.linkoping.lod.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Java process the suite starts: this JVM's {@code java}, the suite's JVM flags and class path,
 * so every process measured runs on the same JVM with the same flags.
 *
 * <p>The {@code lod} command line itself (for the cold starts) runs as operators run it, through
 * {@code bin/lod} over the jar packaged in a build folder, with the class-data-sharing archive the build
 * recorded; without a build folder (the smoke test runs before the jar is packaged) it runs from the
 * class path.
 *
 * @param classpath the class path of the project's classes, test classes and dependencies
 * @param jvmFlags  flags for every JVM measured (also those of the suite's own JVM)
 * @param packaged  the build folder that holds {@code lod.jar} and {@code lod.jsa}, if any
 */
record JavaCommand(String classpath, List<String> jvmFlags, Optional<Path> packaged) {

    private static final String MAIN = "se.linkoping.lod.cli.Main";

    JavaCommand {
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** Runs {@code lod} from the class path (no packaged jar). */
    JavaCommand(String classpath, List<String> jvmFlags) {
        this(classpath, jvmFlags, Optional.empty());
    }

    /** The command line that runs {@code mainClass} with {@code args}. */
    List<String> of(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaHome().resolve("bin").resolve("java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * The process that runs {@code lod} with {@code args}: {@code bin/lod} of the {@code project}, on this
     * JVM with the suite's flags, over the packaged jar; or the main class from the class path.
     */
    ProcessBuilder lod(Path project, List<String> args) {
        if (packaged.isEmpty()) {
            return new ProcessBuilder(of(MAIN, args));
        }
        Path build = packaged.get().toAbsolutePath();
        if (!Files.isRegularFile(build.resolve("lod.jar"))) {
            throw new IllegalStateException("No lod.jar in " + build + ": package it first (mvn -DbuildDir=" + build
                    + " -DskipTests package)");
        }
        List<String> command = new ArrayList<>();
        command.add(project.resolve("bin").resolve("lod").toString());
        command.addAll(args);
        ProcessBuilder process = new ProcessBuilder(command);
        process.environment().put("JAVA_HOME", javaHome().toString());
        process.environment().put("JAVA_OPTS", String.join(" ", jvmFlags));
        process.environment().put("LOD_BUILD_DIR", build.toString());
        return process;
    }

    private static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }
}
