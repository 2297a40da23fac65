package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.sparql.QueryLimits;

/**
 * The limits of the staff's paths through the real server: bodies and uploads over their size are
 * refused with 413 (whether their length is declared or not) and nothing is written; a refusal
 * does not send the body back; a bodiless POST without the cross-site header is refused; a write
 * kept waiting by a long one is refused after the wait instead of hanging.
 */
class StaffLimitsTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void anUpdateOverTheBodyLimitIsRefusedWith413BeforeItIsSent() throws Exception {
        long before = site.triples();
        long started = System.nanoTime();
        String answer = raw("POST /admin/update HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD) + "\r\n"
                + "Content-Type: application/sparql-update\r\n"
                + "Content-Length: " + (AdminLimits.DEFAULT_MAX_BODY_BYTES + 1) + "\r\n\r\nINSERT DATA {");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.length() < 2000, "the refusal is short");
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5, "answered without waiting for the body");
        assertEquals(before, site.triples());
    }

    @Test
    void aClientThatLeavesWhileSendingHasNothingParsedAndBlocksNoOne() throws Exception {
        long before = site.triples();
        URI uri = URI.create(site.url(""));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("POST /admin/data HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: " + RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD) + "\r\n"
                    + "Content-Type: text/turtle\r\nContent-Length: 1000000\r\n\r\n<urn:x:left> <urn:x:b> \"c\" .\n")
                    .getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
        }
        long started = System.nanoTime();
        HttpResponse<String> next = site.send(signed("admin/update").header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { }")));
        assertEquals(200, next.statusCode(), next.body());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "the next write did not wait");
        assertFalse(site.holds("<urn:x:left> <urn:x:b> \"c\""), "nothing of the unfinished body was written");
        assertEquals(before, site.triples());
    }

    @Test
    void aBodyThatGrowsPastTheLimitIsRefusedWith413() {
        long before = site.triples();
        HttpResponse<String> chunked = site.send(signed("admin/data")
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(filler(AdminLimits.DEFAULT_MAX_BODY_BYTES + 1)))));
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertEquals(before, site.triples());
    }

    @Test
    void anUploadOverItsLimitIsRefusedWith413AndLeavesNoFile() {
        HttpResponse<String> answer = site.send(signed("admin/files/huge.ttl")
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(filler(AdminLimits.DEFAULT_MAX_UPLOAD_BYTES + 1)))));
        assertEquals(413, answer.statusCode(), answer.body());
        assertFalse(Files.exists(site.dataFolder.resolve("huge.ttl")));
    }

    @Test
    void aRefusalQuotesAnExcerptNotTheBody() {
        String token = "x".repeat(2_000_000);
        HttpResponse<String> answer = site.send(signed("admin/data")
                .header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("<a> <b> " + token + " .")));
        assertEquals(400, answer.statusCode(), answer.body().substring(0, Math.min(500, answer.body().length())));
        assertTrue(answer.body().length() < 5000, "answered " + answer.body().length() + " characters");
    }

    @Test
    void aBodilessPostNeedsTheCrossSiteHeader() {
        HttpResponse<String> bare = site.send(signed("admin/reload").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, bare.statusCode(), bare.body());
        assertTrue(bare.body().contains(AdminRoutes.REQUESTED_BY), bare.body());
        HttpResponse<String> form = site.send(signed("admin/reload").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x")));
        assertEquals(415, form.statusCode(), form.body());
    }

    @Test
    void aWriteKeptWaitingByALongOneIsRefusedAfterTheWait() throws Exception {
        StaffWrites writes = new StaffWrites((SwitchableDataset) site.dataset, site.directory, List.of(site.dataFolder), site.iris,
                site.changeLog, site.history, Duration.ofMillis(300));
        long before = site.triples();
        CompletableFuture<StaffWrites.Accepted> slow = CompletableFuture.supplyAsync(() -> writes.update(
                "INSERT { <urn:x:a> <urn:x:b> \"never\" } WHERE { ?a ?b ?c . ?d ?e ?f "
                        + "FILTER(STRLEN(CONCAT(STR(?c), STR(?f))) < 0) }", RunningSite.USER));
        Thread.sleep(300);
        long started = System.nanoTime();
        WriteRefused refused = assertThrows(WriteRefused.class,
                () -> writes.update("INSERT DATA { <urn:x:a> <urn:x:b> \"waited\" }", RunningSite.USER));
        assertEquals(503, refused.status());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000);
        assertTrue(!slow.isDone(), "the long write was still running: the refusal did not wait for it");
        slow.get();
        assertFalse(site.holds("<urn:x:a> <urn:x:b> \"waited\""), "the refused write wrote nothing");
    }

    private static HttpRequest.Builder signed(String path) {
        return HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Authorization", RunningSite.basic(RunningSite.USER, RunningSite.PASSWORD));
    }

    private static byte[] filler(long size) {
        byte[] bytes = new byte[Math.toIntExact(size)];
        Arrays.fill(bytes, (byte) ' ');
        return bytes;
    }

    /** Sends a request head (and the start of a body) over a socket and reads the answer until the server closes. */
    private static String raw(String request) throws Exception {
        URI uri = URI.create(site.url(""));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        }
    }
}
