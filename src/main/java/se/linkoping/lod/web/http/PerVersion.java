package se.linkoping.lod.web.http;

import java.util.function.Supplier;

/**
 * Keeps one value computed for the latest key (the data version, or whatever else the value follows),
 * so that it is computed once per key rather than once per request.
 */
public final class PerVersion<K, T> {

    private K key;
    private T value;

    /** The value for this key, computed by {@code compute} unless it was computed for it already. */
    public synchronized T get(K current, Supplier<T> compute) {
        if (!current.equals(key)) {
            value = compute.get();
            key = current;
        }
        return value;
    }
}
