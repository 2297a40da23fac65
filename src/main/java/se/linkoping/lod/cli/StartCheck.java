package se.linkoping.lod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import se.linkoping.lod.web.Page;
import se.linkoping.lod.web.Pages;

/**
 * {@code serve --check}: asks a server that has just started for one answer of each kind the page
 * registry marks for the check ({@link Pages#checks}), over HTTP as a client would (the home page, the
 * ontology, the page of the dataset, the catalogue and, with the embedded store, a SPARQL query), and
 * prints each status. The start passes when every answer is 200.
 */
final class StartCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Pages pages;

    /** The check of the pages of this registry. */
    StartCheck(Pages pages) {
        this.pages = pages;
    }

    /** The check of the standard site. */
    StartCheck() {
        this(Pages.standard());
    }

    /**
     * Makes every request of the check to the server at {@code root} and prints one line each.
     *
     * @return true when every answer was 200
     */
    boolean passes(String root, boolean withSparql, PrintWriter out) {
        boolean passed = true;
        for (Page.Check probe : pages.checks(withSparql)) {
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
