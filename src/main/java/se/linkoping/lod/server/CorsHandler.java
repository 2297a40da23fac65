package se.linkoping.lod.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets any web page read any response: {@code Access-Control-Allow-Origin: *} on every response,
 * and an answer to CORS preflight requests that never reaches the application.
 *
 * <p>Everything served is public and read-only, so the wildcard needs no {@code Vary: Origin}
 * (which Jetty's {@code CrossOriginHandler} adds, as it echoes the origin instead).
 */
final class CorsHandler extends Handler.Wrapper {

    private static final HttpField ALLOW_ANY_ORIGIN =
            new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    private static final HttpField ALLOW_METHODS =
            new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, OPTIONS");
    private static final HttpField ALLOW_HEADERS =
            new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, Content-Type");
    private static final HttpField MAX_AGE =
            new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");

    CorsHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(ALLOW_ANY_ORIGIN);
        if (isPreflight(request)) {
            response.getHeaders().put(ALLOW_METHODS);
            response.getHeaders().put(ALLOW_HEADERS);
            response.getHeaders().put(MAX_AGE);
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static boolean isPreflight(Request request) {
        return HttpMethod.OPTIONS.is(request.getMethod())
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
    }
}
