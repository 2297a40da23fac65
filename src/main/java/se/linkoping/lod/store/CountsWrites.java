package se.linkoping.lod.store;

/**
 * A dataset that counts the writes committed through it, and the switches to another database, so that
 * whoever keeps something derived from its data (the data version, kept pages) can tell, without a
 * query, that nothing has changed since.
 */
public interface CountsWrites {

    /** How many writes (and switches) there have been; it only grows, and grows after the change is visible. */
    long writes();
}
