package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.web.http.Http;

/**
 * The kept responses stay within their bound in bytes, the least recently used going first, and hold
 * nothing of a data version that is no longer served. In front of a Jetty handler that answers
 * {@code /{name}?kib=n} with n KiB marked keepable and counts its renderings.
 */
class KeptResponsesBoundsTest {

    private static final long MAX_BYTES = 100 * 1024;

    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicReference<String> version = new AtomicReference<>("v1");
    private final HttpClient http = HttpClient.newHttpClient();
    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        Handler bodies = new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (rendered.incrementAndGet() == 1 && Request.getPathInContext(request).equals("/during-a-write")) {
                    version.set("v2");
                    get("/other?kib=1");
                }
                int size = Integer.parseInt(Request.extractQueryParameters(request).getValue("kib")) * 1024;
                request.setAttribute(Http.KEEPABLE, Boolean.TRUE);
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
                response.write(true, ByteBuffer.wrap(new byte[size]), callback);
                return true;
            }
        };
        server = new Server(new InetSocketAddress("127.0.0.1", 0));
        server.setHandler(new KeptResponses(bodies, version::get, MAX_BYTES));
        server.start();
        port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    @Test
    void theLeastRecentlyUsedGoFirstPastTheBound() throws Exception {
        get("/a?kib=40");
        get("/b?kib=40");
        get("/a?kib=40");
        assertEquals(2, rendered.get(), "a kept, asked again");
        get("/c?kib=40");
        assertEquals(3, rendered.get());
        get("/a?kib=40");
        get("/c?kib=40");
        assertEquals(3, rendered.get(), "a (used lately) and c are still kept");
        get("/b?kib=40");
        assertEquals(4, rendered.get(), "b, the least recently used, was let go past 100 KiB");
    }

    @Test
    void aNewDataVersionDropsWhatWasKept() throws Exception {
        get("/a?kib=1");
        get("/a?kib=1");
        assertEquals(1, rendered.get());
        version.set("v2");
        get("/a?kib=1");
        get("/a?kib=1");
        assertEquals(2, rendered.get(), "rendered again under the new version, then kept");
    }

    @Test
    void anAnswerRenderedWhileTheVersionChangedIsNotKept() throws Exception {
        get("/during-a-write?kib=1");
        assertEquals(2, rendered.get(), "another request came under the new version meanwhile");
        get("/during-a-write?kib=1");
        assertEquals(3, rendered.get(), "the answer begun under the old version was not kept");
        get("/during-a-write?kib=1");
        assertEquals(3, rendered.get(), "the new one is");
    }

    private void get(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
    }
}
