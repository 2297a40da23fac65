package se.linkoping.lod.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine the suite ran on: cores, memory, JVM and operating system.
 *
 * @param cores    processors available to the JVM
 * @param memoryMb total memory
 * @param jvm      the JVM's name and version
 * @param os       the operating system's name, version and architecture
 */
record Machine(int cores, long memoryMb, String jvm, String os) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }

    /** The load averages over 1, 5 and 15 minutes, as {@code /proc/loadavg} gives them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/loadavg", e);
        }
    }

    private static long totalMemoryMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
            throw new IllegalStateException("No MemTotal in /proc/meminfo");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/meminfo", e);
        }
    }
}
