package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.sparql.QueryLimits;

/**
 * Password guessing over HTTP Basic: after a few failures every attempt is answered 429 with
 * {@code Retry-After} without being checked, even the right password, until the wait is over; then
 * the right password works again.
 */
class SignInThrottleHttpTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    @Test
    void guessesAreThrottledAndTheRightPasswordWorksAfterTheWait() throws Exception {
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> answer = site.send(write(RunningSite.USER, "guess " + i));
            if (answer.statusCode() == 401) {
                refused++;
            } else {
                assertEquals(429, answer.statusCode(), answer.body());
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                throttled++;
            }
        }
        assertEquals(SignInThrottle.FREE_FAILURES_PER_NAME + 1, refused, "only the free failures were checked");
        assertEquals(50 - refused, throttled);

        HttpResponse<String> right = site.send(write(RunningSite.USER, RunningSite.PASSWORD));
        assertEquals(429, right.statusCode(), "while it must wait, even the right password is not checked");
        long seconds = Long.parseLong(right.headers().firstValue("Retry-After").orElseThrow());
        Thread.sleep(seconds * 1000 + 100);
        HttpResponse<String> after = site.send(write(RunningSite.USER, RunningSite.PASSWORD));
        assertEquals(200, after.statusCode(), after.body());
    }

    private static HttpRequest.Builder write(String user, String password) {
        return HttpRequest.newBuilder(URI.create(site.url("admin/update")))
                .header("Authorization", RunningSite.basic(user, password))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { }"));
    }
}
