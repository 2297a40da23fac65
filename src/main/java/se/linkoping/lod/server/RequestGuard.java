package se.linkoping.lod.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Refuses, with 400 and a one-line reason, requests that the parts behind it would otherwise choke
 * on: a query string that is not valid percent-encoded UTF-8, and an {@code Accept} header that is
 * not a list of media ranges ({@code type/subtype} with {@code name=value} parameters).
 */
final class RequestGuard extends Handler.Wrapper {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\*|" + TOKEN + "/" + TOKEN);
    private static final Pattern PARAMETER = Pattern.compile(TOKEN + "\\s*=\\s*(" + TOKEN + "|\"[^\"]*\")");

    RequestGuard(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query != null && !isPercentEncodedUtf8(query)) {
            return refuse(response, callback, "The query string is not valid percent-encoded UTF-8.");
        }
        for (String accept : request.getHeaders().getValuesList(HttpHeader.ACCEPT)) {
            if (!isMediaRangeList(accept)) {
                return refuse(response, callback, "The Accept header is not a list of media types (type/subtype).");
            }
        }
        return super.handle(request, response, callback);
    }

    /** True when every {@code %} starts a two-digit hex escape and the bytes decode as UTF-8. */
    static boolean isPercentEncodedUtf8(String text) {
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
                        || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return false;
                }
                bytes.put((byte) Integer.parseInt(text, i + 1, i + 3, 16));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** True when the header is a comma-separated list of media ranges, each with its parameters. */
    static boolean isMediaRangeList(String header) {
        for (String element : header.split(",", -1)) {
            String[] parts = element.split(";", -1);
            String range = parts[0].strip();
            if (range.isEmpty() && parts.length == 1) {
                continue;
            }
            if (!MEDIA_RANGE.matcher(range).matches()) {
                return false;
            }
            for (int i = 1; i < parts.length; i++) {
                if (!PARAMETER.matcher(parts[i].strip()).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean refuse(Response response, Callback callback, String reason) {
        response.setStatus(HttpStatus.BAD_REQUEST_400);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, reason + "\n", callback);
        return true;
    }
}
