package se.linkoping.lod.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Java process the suite starts: this JVM's {@code java}, the suite's JVM flags and class path,
 * so every process measured runs on the same JVM with the same flags.
 *
 * @param classpath the class path of the project's classes, test classes and dependencies
 * @param jvmFlags  flags for every JVM measured (also those of the suite's own JVM)
 */
record JavaCommand(String classpath, List<String> jvmFlags) {

    JavaCommand {
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** The command line that runs {@code mainClass} with {@code args}. */
    List<String> of(String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
