package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The throttle of failed sign-ins on its own, with a clock the test moves. */
class SignInThrottleTest {

    private final AtomicLong now = new AtomicLong();
    private final SignInThrottle throttle = new SignInThrottle(now::get);

    @Test
    void aNameMayFailFiveTimesThenWaitsLongerAfterEachFailure() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
            assertEquals(Duration.ZERO, throttle.waitFor("anna", "10.0.0." + i));
            throttle.failed("anna", "10.0.0." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitFor("anna", "10.0.0.9"));
        throttle.failed("anna", "10.0.0.9");
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("anna", "10.0.0.10"), "any address: the name must wait");
        assertEquals(Duration.ZERO, throttle.waitFor("bo", "10.0.0.10"), "another name need not");
        advance(Duration.ofSeconds(1));
        throttle.failed("anna", "10.0.0.11");
        assertEquals(Duration.ofSeconds(2), throttle.waitFor("anna", "10.0.0.12"));
        advance(Duration.ofSeconds(2));
        throttle.succeeded("anna", "10.0.0.12");
        assertEquals(Duration.ZERO, throttle.waitFor("anna", "10.0.0.12"), "a success clears the count");
    }

    @Test
    void anAddressTryingManyNamesWaitsToo() {
        for (int i = 0; i <= SignInThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("name" + i, "192.0.2.1");
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("someone", "192.0.2.1"));
        assertEquals(Duration.ZERO, throttle.waitFor("someone", "192.0.2.2"));
    }

    @Test
    void theWaitStopsGrowingAndCountsAreForgotten() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("anna", "198.51.100.1");
        }
        assertEquals(SignInThrottle.LONGEST_WAIT, throttle.waitFor("anna", "198.51.100.1"));
        advance(SignInThrottle.LONGEST_WAIT.plus(SignInThrottle.FORGET_AFTER).plusSeconds(1));
        throttle.failed("anna", "198.51.100.1");
        assertEquals(Duration.ZERO, throttle.waitFor("anna", "198.51.100.1"), "counting starts again");
        assertTrue(SignInThrottle.retryAfterSeconds(Duration.ofMillis(1)) == 1);
    }

    private void advance(Duration by) {
        now.addAndGet(by.toNanos());
    }
}
