package se.linkoping.lod.bench;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one run of the suite found.
 *
 * @param date          when it started
 * @param settings      what it measured, and how
 * @param machine       where
 * @param loadBefore    the machine's load averages before the run
 * @param loadAfter     and after it
 * @param loadGenerator the HTTP load generator used
 * @param peer          the peer measured beside us, or why none was
 * @param figures       the figures held to goals
 * @param measurements  the measurements the figures are made of, and others for information
 */
record Results(Instant date, BenchSettings settings, Machine machine, String loadBefore, String loadAfter,
               String loadGenerator, String peer, List<Figure> figures, List<Figure> measurements) {

    /** The figure of that name (a goal figure or a measurement). */
    Figure figure(String name) {
        return Stream.concat(figures.stream(), measurements.stream())
                .filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No figure " + name));
    }
}
