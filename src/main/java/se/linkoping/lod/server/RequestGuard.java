package se.linkoping.lod.server;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
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
 *
 * <p>Every request passes here, so both checks scan the text in place: a well-formed request costs
 * no allocation, and only a query string with non-ASCII bytes is decoded.
 */
final class RequestGuard extends Handler.Wrapper {

    /** The characters of an HTTP token (RFC 9110, {@code tchar}). */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c : "!#$%&'*+.^_`|~-".toCharArray()) {
            TOKEN[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            TOKEN[c] = true;
            TOKEN[Character.toLowerCase(c)] = true;
        }
    }

    RequestGuard(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query != null && !isPercentEncodedUtf8(query)) {
            return refuse(response, callback, "The query string is not valid percent-encoded UTF-8.");
        }
        for (HttpField field : request.getHeaders()) {
            if (field.getHeader() == HttpHeader.ACCEPT && field.getValue() != null && !isMediaRangeList(field.getValue())) {
                return refuse(response, callback, "The Accept header is not a list of media types (type/subtype).");
            }
        }
        return super.handle(request, response, callback);
    }

    /** True when every {@code %} starts a two-digit hex escape and the bytes decode as UTF-8. */
    static boolean isPercentEncodedUtf8(String text) {
        boolean ascii = true;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= length) {
                    return false;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                if (high < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    return false;
                }
                ascii &= high < 8;
                i += 2;
            } else {
                ascii &= c < 0x80;
            }
        }
        return ascii || decodesAsUtf8(text);
    }

    /** Whether the bytes of a text with valid escapes (escaped bytes, other characters in UTF-8) are UTF-8. */
    private static boolean decodesAsUtf8(String text) {
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 3);
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%') {
                bytes.put((byte) Integer.parseInt(text, i + 1, i + 3, 16));
                i += 3;
            } else {
                int end = text.indexOf('%', i);
                end = end < 0 ? text.length() : end;
                bytes.put(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end;
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

    /**
     * True when the header is a comma-separated list of media ranges ({@code *} or {@code type/subtype}),
     * each followed by {@code ;name=value} parameters whose value is a token or a quoted string.
     * Elements may be empty; a quoted string holds no comma or semicolon.
     */
    static boolean isMediaRangeList(String header) {
        int start = 0;
        while (true) {
            int end = header.indexOf(',', start);
            end = end < 0 ? header.length() : end;
            if (!isMediaRange(header, start, end)) {
                return false;
            }
            if (end == header.length()) {
                return true;
            }
            start = end + 1;
        }
    }

    /** One element of the list, {@code text[from, to)}: empty, or a media range and its parameters. */
    private static boolean isMediaRange(String text, int from, int to) {
        int semicolon = indexOf(text, ';', from, to);
        int start = skipSpace(text, from, semicolon);
        int end = trimSpace(text, start, semicolon);
        if (start == end && semicolon == to) {
            return true;
        }
        boolean range = end - start == 1 && text.charAt(start) == '*' || isTypeAndSubtype(text, start, end);
        if (!range) {
            return false;
        }
        while (semicolon < to) {
            int next = indexOf(text, ';', semicolon + 1, to);
            int paramStart = skipSpace(text, semicolon + 1, next);
            if (!isParameter(text, paramStart, trimSpace(text, paramStart, next))) {
                return false;
            }
            semicolon = next;
        }
        return true;
    }

    private static boolean isTypeAndSubtype(String text, int from, int to) {
        int slash = tokenEnd(text, from, to);
        return slash > from && slash < to && text.charAt(slash) == '/' && tokenEnd(text, slash + 1, to) == to
                && to > slash + 1;
    }

    /** {@code name=value} with optional blanks around {@code =}; the value a token or a quoted string. */
    private static boolean isParameter(String text, int from, int to) {
        int nameEnd = tokenEnd(text, from, to);
        if (nameEnd == from) {
            return false;
        }
        int equals = skipBlank(text, nameEnd, to);
        if (equals == to || text.charAt(equals) != '=') {
            return false;
        }
        int value = skipBlank(text, equals + 1, to);
        if (value < to && text.charAt(value) == '"') {
            return text.indexOf('"', value + 1) == to - 1 && to - 1 > value;
        }
        return value < to && tokenEnd(text, value, to) == to;
    }

    private static int tokenEnd(String text, int from, int to) {
        int i = from;
        while (i < to && text.charAt(i) < 128 && TOKEN[text.charAt(i)]) {
            i++;
        }
        return i;
    }

    private static int indexOf(String text, char c, int from, int to) {
        int i = text.indexOf(c, from);
        return i < 0 || i > to ? to : i;
    }

    /** Past leading white space, as {@link String#strip()} takes it. */
    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Before trailing white space, as {@link String#strip()} takes it. */
    private static int trimSpace(String text, int from, int to) {
        int i = to;
        while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Past blanks around {@code =}: the white space of a regular expression's {@code \s}. */
    private static int skipBlank(String text, int from, int to) {
        int i = from;
        while (i < to && " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean refuse(Response response, Callback callback, String reason) {
        response.setStatus(HttpStatus.BAD_REQUEST_400);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, reason + "\n", callback);
        return true;
    }
}
