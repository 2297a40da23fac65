package se.linkoping.lod.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one run of the suite measures, on what, and how long.
 *
 * @param smallTriples the size of the data the page, SPARQL and hello figures use (the "10 K" of the ratio)
 * @param largeTriples the size whose page latency is set against the small one's (the "10 M")
 * @param loadTriples  the size both loaders load
 * @param runs         runs of each HTTP and start-up measurement (median and spread are over these)
 * @param loadRuns     runs of each loader
 * @param duration     how long one HTTP measurement lasts
 * @param warmup       how long each kind of request is sent before it is measured
 * @param connections  concurrent connections of the throughput measurements
 * @param seed         the generator's seed
 * @param base         the base IRI of all data
 * @param work         a folder for generated files and stores (kept between runs: the same sizes and seed
 *                     reuse them)
 * @param peers        a folder the peers are installed into (npm), kept between runs
 * @param project      the project folder (its {@code data/}, {@code ontology/} and {@code queries/})
 * @param java         how measured processes are started
 * @param http         the load generator
 * @param command      the command line that ran the suite, for the results
 */
record BenchSettings(long smallTriples, long largeTriples, long loadTriples, int runs, int loadRuns,
                     Duration duration, Duration warmup, int connections, long seed, String base, Path work,
                     Path peers, Path project, JavaCommand java, HttpLoad http, String command) {
}
