package se.linkoping.lod.sparql;

import java.util.Locale;
import java.util.Set;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, before Fuseki sees them, the requests a read-only query endpoint never serves: methods other
 * than GET, HEAD, OPTIONS and POST (405), and POSTs that are neither a query form nor a direct query
 * (415), SPARQL Update and Graph Store writes among them. The refusal closes the connection, since
 * the request's body is left unread: a client that reused the connection would otherwise wait for an
 * answer that never comes.
 */
final class ReadOnlyRequests extends Handler.Wrapper {

    private static final Set<String> READING = Set.of(HttpMethod.GET.asString(), HttpMethod.HEAD.asString(),
            HttpMethod.OPTIONS.asString());
    private static final Set<String> QUERY_TYPES = Set.of("application/x-www-form-urlencoded", "application/sparql-query");

    ReadOnlyRequests(Handler endpoint) {
        super(endpoint);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (READING.contains(method)) {
            return super.handle(request, response, callback);
        }
        if (HttpMethod.POST.is(method)) {
            String header = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
            String type = header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (QUERY_TYPES.contains(type)) {
                return super.handle(request, response, callback);
            }
            refuse(response, callback, HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, "This SPARQL endpoint is read-only: "
                    + "POST a query as application/x-www-form-urlencoded (query=...) or application/sparql-query.\n");
            return true;
        }
        response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, OPTIONS, POST");
        refuse(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405,
                method + " is not allowed: this SPARQL endpoint is read-only.\n");
        return true;
    }

    private static void refuse(Response response, Callback callback, int status, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        Content.Sink.write(response, true, message, callback);
    }
}
