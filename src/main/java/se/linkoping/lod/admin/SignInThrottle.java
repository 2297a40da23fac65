package se.linkoping.lod.admin;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Slows down password guessing, whatever the way of signing in (HTTP Basic, a sign-in form): failed
 * attempts are counted per name and per client address, and once either has failed more often than
 * it may, each further attempt must wait, twice as long after each failure, up to a longest wait.
 * While it must wait, an attempt is not even checked: the caller answers 429 with
 * {@code Retry-After}. A success clears the counts of its name and address; counts are forgotten
 * when nothing has failed for {@link #FORGET_AFTER}.
 *
 * <pre>{@code
 * Duration wait = throttle.waitFor(name, address);
 * if (!wait.isZero()) { answer 429, Retry-After: seconds(wait) }
 * if (valid) throttle.succeeded(name, address); else throttle.failed(name, address);
 * }</pre>
 */
public final class SignInThrottle {

    /** Failed attempts a name may have before it must wait. */
    public static final int FREE_FAILURES_PER_NAME = 5;
    /** Failed attempts an address may have before it must wait (an address may be shared by several people). */
    public static final int FREE_FAILURES_PER_ADDRESS = 10;
    /** The first wait; each further failure doubles it. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** The longest wait. */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    /** A count with no failure for this long is forgotten. */
    public static final Duration FORGET_AFTER = Duration.ofMinutes(30);

    /** The most names and addresses remembered; beyond, those forgotten by now are dropped. */
    private static final int MAX_REMEMBERED = 100_000;

    private final ConcurrentMap<String, Failures> byName = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public SignInThrottle() {
        this(System::nanoTime);
    }

    SignInThrottle(LongSupplier clock) {
        this.clock = clock;
    }

    /** How long an attempt of this name from this address must wait before it is checked; zero when it may be now. */
    public Duration waitFor(String name, String address) {
        long now = clock.getAsLong();
        long until = Math.max(until(byName.get(name), now), until(byAddress.get(address), now));
        return until <= now ? Duration.ZERO : Duration.ofNanos(until - now);
    }

    /** Counts a failed attempt. */
    public void failed(String name, String address) {
        long now = clock.getAsLong();
        count(byName, name, FREE_FAILURES_PER_NAME, now);
        count(byAddress, address, FREE_FAILURES_PER_ADDRESS, now);
    }

    /** Clears the counts of a name and address that signed in. */
    public void succeeded(String name, String address) {
        byName.remove(name);
        byAddress.remove(address);
    }

    /** The seconds to put in {@code Retry-After} for a wait: at least one. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static long until(Failures failures, long now) {
        return failures == null || failures.forgotten(now) ? now : failures.waitUntil;
    }

    private void count(ConcurrentMap<String, Failures> counts, String key, int free, long now) {
        if (counts.size() >= MAX_REMEMBERED) {
            counts.values().removeIf(failures -> failures.forgotten(now));
        }
        counts.compute(key, (k, known) -> {
            int failed = known == null || known.forgotten(now) ? 1 : known.count + 1;
            long waitUntil = now;
            if (failed > free) {
                int doublings = Math.min(failed - free - 1, 20);
                long wait = Math.min(FIRST_WAIT.toNanos() << doublings, LONGEST_WAIT.toNanos());
                waitUntil = now + wait;
            }
            return new Failures(failed, now, waitUntil);
        });
    }

    private record Failures(int count, long lastFailure, long waitUntil) {
        boolean forgotten(long now) {
            return now - lastFailure > FORGET_AFTER.toNanos() && now >= waitUntil;
        }
    }
}
