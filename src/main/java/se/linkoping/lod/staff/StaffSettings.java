package se.linkoping.lod.staff;

import java.time.Duration;
import java.util.Set;

/**
 * How staff sessions behave.
 *
 * @param idleTimeout    a session unused for this long ends
 * @param trustedProxies addresses of reverse proxies whose {@code X-Forwarded-Proto: https} is believed,
 *                       so the session cookie is marked {@code Secure} behind them
 */
public record StaffSettings(Duration idleTimeout, Set<String> trustedProxies) {

    /** Thirty minutes, no proxy trusted. */
    public static final StaffSettings DEFAULTS = new StaffSettings(Duration.ofMinutes(30), Set.of());

    public StaffSettings {
        trustedProxies = Set.copyOf(trustedProxies);
    }
}
