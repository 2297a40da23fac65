package se.linkoping.lod.bench;

/**
 * What one run of a load generator measured.
 *
 * @param requestsPerSecond completed requests per second
 * @param p50Millis         median latency, in milliseconds
 * @param requests          requests completed
 * @param errors            responses that were neither 2xx nor 3xx, and failed connections
 */
record Measurement(double requestsPerSecond, double p50Millis, long requests, long errors) {
}
