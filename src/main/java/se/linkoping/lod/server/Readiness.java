package se.linkoping.lod.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /ready} under the base: 200 while the server takes traffic (started, its data loaded, the store
 * answering), 503 while it starts or stops or the store does not answer. For load balancers, beside
 * {@code /health} which reports the data version.
 */
final class Readiness extends Handler.Wrapper {

    /** The path of the readiness check, below the base. */
    static final String NAME = "ready";

    private final String path;
    private final BooleanSupplier ready;

    /** @param path the full path of the check, e.g. {@code /ready} or {@code /lod/ready} */
    Readiness(Handler handler, String path, BooleanSupplier ready) {
        super(handler);
        this.path = path;
        this.ready = ready;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!path.equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            response.setStatus(405);
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            callback.succeeded();
            return true;
        }
        boolean isReady = isRunning() && !getServer().isStopping() && ready.getAsBoolean();
        response.setStatus(isReady ? 200 : 503);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String body = isReady ? "ready\n" : "not ready\n";
        response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? null
                : ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
