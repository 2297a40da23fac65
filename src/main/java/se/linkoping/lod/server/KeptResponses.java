package se.linkoping.lod.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.metrics.RequestMetrics;
import se.linkoping.lod.web.http.Http;

/**
 * A small shared cache of whole responses in front of the web app, as an HTTP cache (Varnish) in front
 * of a site would be: a response the app marks {@linkplain Http#KEEPABLE keepable} is kept, and the
 * same request asked again is answered here, before the servlet layer, SparkJava's route matching and
 * the negotiation, with the status, headers and bytes the app sent.
 *
 * <ul>
 * <li>Kept: {@code 200} answers to a {@code GET} that the app marked, whose length it stated, of at
 *     most {@link #MAX_ENTRY_BYTES}, without {@code Set-Cookie}, {@code Vary: *} or a
 *     {@code Cache-Control} of {@code private} or {@code no-store}. The headers kept are what the app
 *     changed: the fields it added and those set by the handlers outside that it took away (the
 *     handlers outside set theirs again for every request), with
 *     {@value RequestMetrics#STORE_READS_HEADER} {@code 0}: a kept answer reads nothing.</li>
 * <li>Answered: {@code GET} and {@code HEAD} of the same path and query, when the request's values of
 *     every header the kept response names in {@code Vary} are those of the request it answered; the
 *     app negotiates, the cache replays its choice.</li>
 * <li>Passed to the app: requests with {@code Cookie}, {@code Authorization}, {@code Cache-Control},
 *     {@code Pragma}, {@code Range}, {@code Accept-Datetime} (Memento) or a conditional header (the
 *     app answers {@code 304} itself).</li>
 * <li>Dropped: everything, as soon as the data version read from the store changes (staff writes,
 *     reloads and uploads change it), and the least recently used answers once the kept bodies pass
 *     {@link #MAX_BYTES} (unless told otherwise). An answer whose rendering began under another version is not kept; when the
 *     version cannot be read (a remote endpoint down), the app answers.</li>
 * </ul>
 * It sits inside the compression handler: bodies are kept as the app wrote them, and gzip is applied
 * to a kept answer exactly as to the app's, for the clients that ask for it.
 */
final class KeptResponses extends Handler.Wrapper {

    /** The most the kept bodies may take, in bytes. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** The largest body kept, in bytes. */
    static final int MAX_ENTRY_BYTES = 1024 * 1024;

    /** Request headers with which the app, not the cache, must answer (and {@link #ACCEPT_DATETIME}). */
    private static final Set<HttpHeader> PASSED_ON = EnumSet.of(HttpHeader.COOKIE, HttpHeader.AUTHORIZATION,
            HttpHeader.CACHE_CONTROL, HttpHeader.PRAGMA, HttpHeader.RANGE, HttpHeader.IF_RANGE,
            HttpHeader.IF_NONE_MATCH, HttpHeader.IF_MODIFIED_SINCE, HttpHeader.IF_MATCH, HttpHeader.IF_UNMODIFIED_SINCE);
    /** Memento's request header (RFC 7089): a past version of the document, which the app answers. */
    private static final String ACCEPT_DATETIME = "Accept-Datetime";

    private static final Logger LOG = LoggerFactory.getLogger(KeptResponses.class);
    private static final HttpField NO_STORE_READS = new PreEncodedHttpField(RequestMetrics.STORE_READS_HEADER, "0");

    private final Supplier<String> version;
    private final long maxBytes;
    private final Map<String, List<Kept>> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final LongAdder served = new LongAdder();
    private String keptVersion;
    private long bytes;

    /** @param version the digest of the data version served now */
    KeptResponses(Handler webApp, Supplier<String> version) {
        this(webApp, version, MAX_BYTES);
    }

    /** @param maxBytes the most the kept bodies may take */
    KeptResponses(Handler webApp, Supplier<String> version, long maxBytes) {
        super(webApp);
        this.version = version;
        this.maxBytes = maxBytes;
    }

    /** How many requests were answered from the kept responses. */
    long served() {
        return served.sum();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean get = HttpMethod.GET.is(request.getMethod());
        if (!get && !HttpMethod.HEAD.is(request.getMethod()) || passedOn(request.getHeaders())) {
            return super.handle(request, response, callback);
        }
        String now;
        try {
            now = version.get();
        } catch (RuntimeException unread) {
            LOG.debug("No data version to match kept responses against, the app answers: {}", unread.toString());
            return super.handle(request, response, callback);
        }
        String key = request.getHttpURI().getPathQuery();
        Kept kept = find(key, request.getHeaders(), now);
        if (kept != null) {
            served.increment();
            kept.replay(response, get, callback);
            return true;
        }
        if (!get) {
            return super.handle(request, response, callback);
        }
        Recording recording = new Recording(request, response, response.getHeaders().asImmutable(),
                answer -> keep(key, answer, now));
        return super.handle(request, recording, callback);
    }

    private static boolean passedOn(HttpFields headers) {
        for (HttpField field : headers) {
            HttpHeader header = field.getHeader();
            if (header != null ? PASSED_ON.contains(header) : field.is(ACCEPT_DATETIME)) {
                return true;
            }
        }
        return false;
    }

    private synchronized Kept find(String key, HttpFields request, String now) {
        if (!now.equals(keptVersion)) {
            entries.clear();
            bytes = 0;
            keptVersion = now;
            return null;
        }
        List<Kept> variants = entries.get(key);
        if (variants != null) {
            for (Kept kept : variants) {
                if (kept.answers(request)) {
                    return kept;
                }
            }
        }
        return null;
    }

    /** Keeps the answer, unless the data version changed since its rendering began. */
    private void keep(String key, Kept kept, String renderedUnder) {
        String current;
        try {
            current = version.get();
        } catch (RuntimeException unread) {
            LOG.debug("No data version to keep {} under: {}", key, unread.toString());
            return;
        }
        if (renderedUnder.equals(current)) {
            store(key, kept, renderedUnder);
        }
    }

    private synchronized void store(String key, Kept kept, String renderedUnder) {
        if (!renderedUnder.equals(keptVersion)) {
            return;
        }
        List<Kept> variants = entries.computeIfAbsent(key, k -> new ArrayList<>(2));
        for (var each = variants.iterator(); each.hasNext(); ) {
            Kept other = each.next();
            if (other.vary.equals(kept.vary) && other.varyValues.equals(kept.varyValues)) {
                bytes -= other.body.capacity();
                each.remove();
            }
        }
        variants.add(kept);
        bytes += kept.body.capacity();
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            for (Kept gone : eldest.next().getValue()) {
                bytes -= gone.body.capacity();
            }
            eldest.remove();
        }
    }

    /** The values of a request header, as one string; null when the request has none. */
    private static String valuesOf(HttpFields request, String name) {
        String values = null;
        for (HttpField field : request) {
            if (field.is(name)) {
                values = values == null ? field.getValue() : values + ", " + field.getValue();
            }
        }
        return values;
    }

    /**
     * One kept answer: the headers the app set, its body, and the request's values of the headers its
     * {@code Vary} names.
     */
    private static final class Kept {
        private final List<HttpField> added;
        private final List<HttpField> removed;
        private final ByteBuffer body;
        private final List<String> vary;
        private final List<String> varyValues;

        Kept(List<HttpField> added, List<HttpField> removed, ByteBuffer body, List<String> vary, HttpFields request) {
            this.added = added;
            this.removed = removed;
            this.body = body;
            this.vary = vary;
            this.varyValues = new ArrayList<>(vary.size());
            vary.forEach(name -> varyValues.add(valuesOf(request, name)));
        }

        boolean answers(HttpFields request) {
            for (int i = 0; i < vary.size(); i++) {
                if (!Objects.equals(varyValues.get(i), valuesOf(request, vary.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        void replay(Response response, boolean withBody, Callback callback) {
            response.setStatus(HttpStatus.OK_200);
            HttpFields.Mutable headers = response.getHeaders();
            if (!removed.isEmpty()) {
                for (ListIterator<HttpField> each = headers.listIterator(); each.hasNext(); ) {
                    if (removed.contains(each.next())) {
                        each.remove();
                    }
                }
            }
            for (HttpField field : added) {
                headers.add(field);
            }
            response.write(true, withBody ? body.slice() : null, callback);
        }
    }

    /**
     * The app's response, passed on as it is written; when the app marked it keepable, its headers and
     * bytes are recorded on the way.
     */
    private static final class Recording extends Response.Wrapper {
        private final HttpFields outer;
        private final Consumer<Kept> whole;
        private boolean started;
        private boolean recording;
        private List<HttpField> added;
        private List<HttpField> removed;
        private List<String> vary;
        private long length;
        private ByteArrayOutputStream content;
        private boolean complete;

        /** @param whole told of the answer to keep once its last bytes are written, before they are sent */
        Recording(Request request, Response response, HttpFields outer, Consumer<Kept> whole) {
            super(request, response);
            this.outer = outer;
            this.whole = whole;
        }

        @Override
        public void write(boolean last, ByteBuffer buffer, Callback callback) {
            if (!started) {
                started = true;
                recording = start();
            }
            if (recording) {
                int size = buffer == null ? 0 : buffer.remaining();
                if (content.size() + size > length) {
                    recording = false;
                    content = null;
                } else {
                    if (buffer != null && buffer.hasArray()) {
                        content.write(buffer.array(), buffer.arrayOffset() + buffer.position(), size);
                    } else if (size > 0) {
                        byte[] bytes = new byte[size];
                        buffer.duplicate().get(bytes);
                        content.writeBytes(bytes);
                    }
                    complete = last;
                }
            }
            if (last) {
                kept().ifPresent(whole);
            }
            super.write(last, buffer, callback);
        }

        /**
         * True when the response about to be sent is one to keep (a {@code 200}, or no status set, which
         * Jetty sends as one): then its headers are taken.
         */
        private boolean start() {
            int status = getStatus();
            if (status != HttpStatus.OK_200 && status != 0 || !Boolean.TRUE.equals(getRequest().getAttribute(Http.KEEPABLE))) {
                return false;
            }
            HttpFields headers = getHeaders();
            length = headers.getLongField(HttpHeader.CONTENT_LENGTH);
            String cacheControl = headers.get(HttpHeader.CACHE_CONTROL);
            if (length < 0 || length > MAX_ENTRY_BYTES || headers.contains(HttpHeader.SET_COOKIE)
                    || cacheControl != null && (cacheControl.contains("private") || cacheControl.contains("no-store"))) {
                return false;
            }
            vary = new ArrayList<>();
            for (String value : headers.getCSV(HttpHeader.VARY, false)) {
                if (value.equals("*")) {
                    return false;
                }
                vary.add(value);
            }
            added = new ArrayList<>();
            for (HttpField field : headers) {
                if (field.getName().equalsIgnoreCase(RequestMetrics.STORE_READS_HEADER)) {
                    added.add(NO_STORE_READS);
                } else if (!outer.contains(field)) {
                    added.add(field.getHeader() != null
                            ? new PreEncodedHttpField(field.getHeader(), field.getName(), field.getValue())
                            : new PreEncodedHttpField(field.getName(), field.getValue()));
                }
            }
            removed = new ArrayList<>();
            for (HttpField field : outer) {
                if (!headers.contains(field)) {
                    removed.add(field);
                }
            }
            content = new ByteArrayOutputStream((int) length);
            return true;
        }

        /** The answer to keep, when the whole of a keepable response was written. */
        private Optional<Kept> kept() {
            if (!recording || !complete || content.size() != length) {
                return Optional.empty();
            }
            byte[] bytes = content.toByteArray();
            ByteBuffer body = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
            return Optional.of(new Kept(List.copyOf(added), List.copyOf(removed), body, List.copyOf(vary),
                    getRequest().getHeaders()));
        }
    }
}
