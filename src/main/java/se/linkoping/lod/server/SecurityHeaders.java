package se.linkoping.lod.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every response (OWASP Secure Headers, Mozilla HTTP Observatory), set before
 * the response is handled so that error pages carry them too.
 *
 * <ul>
 * <li>{@code Content-Security-Policy}: everything from this server only, scripts only from files
 *     (no inline script, no {@code eval}; JSON-LD data blocks are not scripts), no plugins, no framing.
 *     Styles allow {@code 'unsafe-inline'}: the query page's editor (YASGUI, vendored) sets {@code style}
 *     attributes and inserts style elements as it lays itself out. Inline styles cannot run code.</li>
 * <li>{@code X-Frame-Options: DENY} for browsers older than {@code frame-ancestors}.</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy}, {@code Permissions-Policy}
 *     (no camera, microphone, location and the like: no page uses them).</li>
 * <li>{@code Strict-Transport-Security} when the request came over HTTPS or the public base is an
 *     {@code https:} IRI (then a reverse proxy in front ends TLS); browsers ignore it over plain HTTP.</li>
 * </ul>
 */
final class SecurityHeaders extends Handler.Wrapper {

    /** The policy of every response; pages load their scripts, styles, images and data from this server. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final HttpField CSP = new PreEncodedHttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    private static final HttpField FRAME_OPTIONS = new PreEncodedHttpField("X-Frame-Options", "DENY");
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    private static final HttpField REFERRER = new PreEncodedHttpField("Referrer-Policy",
            "strict-origin-when-cross-origin");
    private static final HttpField PERMISSIONS = new PreEncodedHttpField("Permissions-Policy",
            "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
                    + "payment=(), usb=()");
    private static final HttpField HSTS = new PreEncodedHttpField(HttpHeader.STRICT_TRANSPORT_SECURITY,
            "max-age=31536000");

    private final boolean httpsBase;

    /** @param httpsBase whether the public base is an {@code https:} IRI */
    SecurityHeaders(Handler handler, boolean httpsBase) {
        super(handler);
        this.httpsBase = httpsBase;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var headers = response.getHeaders();
        headers.put(CSP);
        headers.put(FRAME_OPTIONS);
        headers.put(NO_SNIFF);
        headers.put(REFERRER);
        headers.put(PERMISSIONS);
        if (httpsBase || request.isSecure()) {
            headers.put(HSTS);
        }
        return super.handle(request, response, callback);
    }
}
