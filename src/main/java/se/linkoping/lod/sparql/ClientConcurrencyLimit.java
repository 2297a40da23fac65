package se.linkoping.lod.sparql;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import se.linkoping.lod.logging.RepeatedMessages;

/**
 * Lets each client (each remote address) have at most a given number of requests running at once;
 * one more is answered at once with 429 Too Many Requests and {@code Retry-After}, as Wikidata's
 * query service does. A client's running requests are counted from arrival until the response is
 * complete. Clients are told apart by their IP address, whatever their port.
 *
 * <p>Behind a reverse proxy every request comes from the proxy's address: the proxy must then set
 * the limit itself, or the server must be told to trust its {@code Forwarded} header.
 */
public final class ClientConcurrencyLimit extends Handler.Wrapper {

    /** The seconds a refused client is asked to wait. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ClientConcurrencyLimit.class);
    private static final RepeatedMessages REFUSALS = new RepeatedMessages(LOG, Duration.ofMinutes(1));

    private final int maxPerClient;
    private final ConcurrentMap<SocketAddress, Integer> running = new ConcurrentHashMap<>();

    public ClientConcurrencyLimit(Handler handler, int maxPerClient) {
        super(handler);
        this.maxPerClient = maxPerClient;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SocketAddress client = client(request);
        int now = running.merge(client, 1, Integer::sum);
        if (now > maxPerClient) {
            release(client);
            String address = Request.getRemoteAddr(request);
            REFUSALS.log(Level.INFO, address, "Refused a request of {}: {} requests of it are running already", address,
                    maxPerClient);
            refuse(response, callback);
            return true;
        }
        Callback releasing = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                release(client);
                super.succeeded();
            }

            @Override
            public void failed(Throwable cause) {
                release(client);
                super.failed(cause);
            }
        };
        boolean handled;
        try {
            handled = super.handle(request, response, releasing);
        } catch (Exception | Error e) {
            release(client);
            throw e;
        }
        if (!handled) {
            release(client);
        }
        return handled;
    }

    /** The client's IP address with port 0; the whole address for other kinds of connection. */
    private static SocketAddress client(Request request) {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        if (remote instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return new InetSocketAddress(inet.getAddress(), 0);
        }
        return remote;
    }

    private void release(SocketAddress client) {
        running.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    private void refuse(Response response, Callback callback) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS_429);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        String message = "Too many queries at once from your address: at most " + maxPerClient
                + " may run at the same time. Retry after " + RETRY_AFTER_SECONDS + " seconds.\n";
        Content.Sink.write(response, true, message, callback);
    }
}
