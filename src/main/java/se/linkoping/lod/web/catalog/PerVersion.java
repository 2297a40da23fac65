package se.linkoping.lod.web.catalog;

import java.util.function.Supplier;

import se.linkoping.lod.store.DataVersion;

/**
 * Keeps one value computed for the latest data version, so that it is computed once per load
 * rather than once per request.
 */
final class PerVersion<T> {

    private DataVersion version;
    private T value;

    /** The value for this version, computed by {@code compute} unless it was computed for it already. */
    synchronized T get(DataVersion current, Supplier<T> compute) {
        if (!current.equals(version)) {
            value = compute.get();
            version = current;
        }
        return value;
    }
}
