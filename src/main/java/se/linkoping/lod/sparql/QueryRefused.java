package se.linkoping.lod.sparql;

/** A public query refused before it runs, with the HTTP status to answer and a reason for the client. */
final class QueryRefused extends RuntimeException {

    private final int status;

    QueryRefused(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
