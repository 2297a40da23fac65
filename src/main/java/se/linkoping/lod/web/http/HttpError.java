package se.linkoping.lod.web.http;

/**
 * An error answer: thrown by a route (the {@link ErrorResponder} answers it) or handed to
 * {@link ErrorResponder#answer} by a route that decides it itself.
 */
public final class HttpError extends RuntimeException {

    private final int status;
    private final String document;

    /**
     * @param status   the HTTP status
     * @param message  what went wrong, in one or more lines: the body of a plain-text answer, and the
     *                 log's detail for a page
     * @param document for a 406, the path (relative to the base) of the document whose variants the
     *                 page lists; else null
     */
    public HttpError(int status, String message, String document) {
        super(message);
        this.status = status;
        this.document = document;
    }

    public HttpError(int status, String message) {
        this(status, message, null);
    }

    /** 404: what was asked for does not exist. */
    public static HttpError notFound(String what) {
        return new HttpError(404, what);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** For a 406, the path of the document whose variants exist; else null. */
    public String document() {
        return document;
    }
}
