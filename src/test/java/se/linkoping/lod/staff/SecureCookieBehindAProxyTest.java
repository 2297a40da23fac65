package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/** Behind a reverse proxy the operator trusts, a request that came over HTTPS gets a {@code Secure} cookie. */
class SecureCookieBehindAProxyTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.admin()
            .staff(new StaffSettings(Duration.ofMinutes(30), Set.of("127.0.0.1")));

    @Test
    void aTrustedProxysHttpsMakesTheCookieSecure() {
        String overHttps = site.send(HttpRequest.newBuilder(URI.create(site.url("staff/login")))
                .header("X-Forwarded-Proto", "https")).headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(overHttps.contains("; Secure"), overHttps);
        String overHttp = site.send(HttpRequest.newBuilder(URI.create(site.url("staff/login"))))
                .headers().firstValue("Set-Cookie").orElseThrow();
        assertFalse(overHttp.contains("Secure"), overHttp);
    }
}
