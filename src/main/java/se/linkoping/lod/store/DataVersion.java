package se.linkoping.lod.store;

import java.time.Instant;

/**
 * What identifies the loaded data: a digest of its content and the time it was loaded.
 *
 * @param digest   a hex digest of the loaded files and the base IRI they were loaded with
 * @param modified when that data was loaded or last written
 */
public record DataVersion(String digest, Instant modified) {

    /** The version of a store that holds no loaded data (no dataset resource). */
    public static final DataVersion NONE = new DataVersion("none", Instant.EPOCH);
}
