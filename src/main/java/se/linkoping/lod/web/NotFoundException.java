package se.linkoping.lod.web;

/** Thrown by a route when the requested resource or page does not exist; answered with the 404 page. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
