package se.linkoping.lod.staff;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * The signed-in staff, in memory: a session is a random id (the cookie's value) naming a person and the
 * CSRF token of their forms; it ends when they sign out or after the idle timeout without a request.
 * A restart signs everyone out.
 */
public final class StaffSessions {

    /** The most sessions kept; beyond, the idle ones are dropped first. */
    private static final int MAX_SESSIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A signed-in person. */
    public record Session(String id, String name, String csrf) {

        /** True when a form's token is this session's, compared in constant time. */
        public boolean tokenMatches(String token) {
            return token != null && MessageDigest.isEqual(csrf.getBytes(StandardCharsets.UTF_8),
                    token.getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Entry(Session session, long lastSeen) {
    }

    private final ConcurrentMap<String, Entry> sessions = new ConcurrentHashMap<>();
    private final Duration idleTimeout;
    private final LongSupplier clock;

    public StaffSessions(Duration idleTimeout) {
        this(idleTimeout, System::nanoTime);
    }

    StaffSessions(Duration idleTimeout, LongSupplier clock) {
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** A new random token: 32 bytes, URL-safe Base64. */
    public static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Starts a session for a person who just signed in, with a new id and a new CSRF token. */
    public Session start(String name) {
        long now = clock.getAsLong();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(entry -> idle(entry, now));
        }
        Session session = new Session(token(), name, token());
        sessions.put(session.id(), new Entry(session, now));
        return session;
    }

    /** The session of this id, if it exists and has not been idle too long; a request keeps it alive. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        Entry entry = sessions.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (idle(entry, now)) {
            sessions.remove(id, entry);
            return Optional.empty();
        }
        sessions.replace(id, entry, new Entry(entry.session(), now));
        return Optional.of(entry.session());
    }

    /** Ends a session. */
    public void end(String id) {
        sessions.remove(id);
    }

    private boolean idle(Entry entry, long now) {
        return now - entry.lastSeen() > idleTimeout.toNanos();
    }
}
