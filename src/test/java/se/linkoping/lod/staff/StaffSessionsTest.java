package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A session ends after the idle timeout without a request, and each request keeps it alive. */
class StaffSessionsTest {

    private final AtomicLong now = new AtomicLong();
    private final StaffSessions sessions = new StaffSessions(Duration.ofMinutes(30), now::get);

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        StaffSessions.Session anna = sessions.start("anna");
        assertNotEquals(anna.id(), anna.csrf());
        now.addAndGet(Duration.ofMinutes(29).toNanos());
        assertEquals(Optional.of(anna), sessions.find(anna.id()), "used within the timeout");
        now.addAndGet(Duration.ofMinutes(29).toNanos());
        assertEquals(Optional.of(anna), sessions.find(anna.id()), "each request keeps it alive");
        now.addAndGet(Duration.ofMinutes(31).toNanos());
        assertTrue(sessions.find(anna.id()).isEmpty(), "idle too long");
        assertTrue(sessions.find("made-up").isEmpty());
        assertTrue(anna.tokenMatches(anna.csrf()));
        assertTrue(!anna.tokenMatches("forged") && !anna.tokenMatches(null));
    }
}
