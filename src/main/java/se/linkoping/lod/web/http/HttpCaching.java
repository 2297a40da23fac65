package se.linkoping.lod.web.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import se.linkoping.lod.store.DataVersion;

/**
 * Validators and freshness for responses derived from the data: the {@code ETag} is the data's
 * digest plus the variant (format and language), {@code Last-Modified} is when the data was loaded.
 * Both change whenever new data is loaded.
 */
public final class HttpCaching {

    /** The {@code Cache-Control} value: shared caches may keep a response briefly, then revalidate. */
    public static final String CACHE_CONTROL = "public, max-age=300";
    /** The {@code Cache-Control} value of a response that never changes: kept for a year, never revalidated. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final String etag;
    private final Instant lastModified;

    private HttpCaching(String etag, Instant lastModified) {
        this.etag = etag;
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * The validators of one representation.
     *
     * @param version the data version
     * @param variant what distinguishes this representation from others of the same URL
     *                (e.g. {@code "ttl"} or {@code "html-sv"}); only letters, digits and dashes
     */
    public static HttpCaching of(DataVersion version, String variant) {
        return new HttpCaching("\"" + version.digest() + "-" + variant + "\"", version.modified());
    }

    /** The {@code ETag} header value, quoted. */
    public String etag() {
        return etag;
    }

    /** The {@code Last-Modified} header value (RFC 1123 date). */
    public String lastModified() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(lastModified, ZoneOffset.UTC));
    }

    /**
     * True when the client's copy is current, so the answer is 304 Not Modified.
     * {@code If-None-Match} wins over {@code If-Modified-Since}, as RFC 9110 says.
     */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::trim)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException malformed) {
                return false;
            }
        }
        return false;
    }
}
