package se.linkoping.lod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import se.linkoping.lod.model.Iris;

/**
 * {@code serve --check}: asks a server that has just started for one answer of each kind, over HTTP
 * as a client would (the home page, the page of the dataset, the ontology, the catalogue and, with the
 * embedded store, a SPARQL query), and prints each status. The start passes when every answer is 200.
 */
final class StartCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** One request of the check: a path under the server's root and the media type asked for. */
    private record Probe(String path, String accept, String what) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The requests the check makes, in order; the SPARQL query only when this server has the endpoint. */
    private static List<Probe> probes(boolean withSparql) {
        List<Probe> probes = new ArrayList<>(List.of(
                new Probe("", "text/html", "home page"),
                new Probe(Iris.DOC_PATH + Iris.DATASET_PATH.substring(Iris.ID_PATH.length()), "text/html",
                        "page of the dataset"),
                new Probe(Iris.ONTOLOGY_PATH, "text/html", "ontology"),
                new Probe("datasets/dcat", "text/turtle", "catalogue")));
        if (withSparql) {
            probes.add(new Probe("sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                    "application/sparql-results+json", "SPARQL query"));
        }
        return probes;
    }

    /**
     * Makes every request of the check to the server at {@code root} and prints one line each.
     *
     * @return true when every answer was 200
     */
    boolean passes(String root, boolean withSparql, PrintWriter out) {
        boolean passed = true;
        for (Probe probe : probes(withSparql)) {
            String url = root + probe.path();
            String outcome = status(url, probe.accept());
            passed &= outcome.equals("200");
            out.printf("Check %-20s %s %s%n", probe.what(), outcome, url);
        }
        out.println(passed ? "Check passed" : "Check failed");
        out.flush();
        return passed;
    }

    private String status(String url, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(TIMEOUT).build();
        try {
            return String.valueOf(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException e) {
            return "no answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
