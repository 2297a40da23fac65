package se.linkoping.lod.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * HTTP load from Java's own client, one thread per connection, when {@code wrk} is not installed.
 * It costs more CPU per request than {@code wrk}, so its figures are lower on a small machine; the
 * results name the generator used.
 */
final class JavaLoad implements HttpLoad {

    @Override
    public String name() {
        return "java.net.http.HttpClient (Java " + Runtime.version() + ")";
    }

    @Override
    public Measurement run(String root, List<String> paths, Map<String, String> headers, int connections,
                           Duration duration) {
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        long deadline = System.nanoTime() + duration.toNanos();
        long start = System.nanoTime();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                int offset = c;
                results.add(threads.submit(() -> client(root, paths, headers, offset, deadline)));
            }
            List<long[]> perThread = new ArrayList<>();
            for (Future<long[]> result : results) {
                perThread.add(result.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return summarize(perThread, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while loading " + root, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A load thread failed on " + root, e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    /** One connection's requests: latencies in nanoseconds, negative for errors. */
    private static long[] client(String root, List<String> paths, Map<String, String> headers, int offset,
                                 long deadline) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        long[] latencies = new long[1024];
        int n = 0;
        for (int i = offset; System.nanoTime() < deadline; i++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + paths.get(i % paths.size())))
                    .timeout(Duration.ofSeconds(30));
            headers.forEach(request::header);
            long begin = System.nanoTime();
            long latency;
            try {
                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                latency = System.nanoTime() - begin;
                if (response.statusCode() >= 400) {
                    latency = -latency;
                }
            } catch (IOException e) {
                latency = -(System.nanoTime() - begin);
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = latency;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static Measurement summarize(List<long[]> perThread, double seconds) {
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).toArray();
        long errors = Arrays.stream(all).filter(l -> l < 0).count();
        long[] sorted = Arrays.stream(all).map(Math::abs).sorted().toArray();
        double p50 = sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2] / 1e6;
        return new Measurement(all.length / seconds, p50, all.length, errors);
    }
}
