package se.linkoping.lod.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * Signing in to the editor in a browser's way (a form, a cookie), as OWASP's cheat sheets ask: the
 * cookie's flags, the CSRF token on every form that changes something (sign-in and sign-out included),
 * the redirect to the sign-in form without a session, the throttle on guessing.
 */
class StaffSignInTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    private final StaffBrowser browser = new StaffBrowser(site);

    @Test
    void withoutASessionEveryPageSendsToTheSignInFormAndNothingIsWritten() {
        long before = site.triples();
        HttpResponse<String> start = site.send(HttpRequest.newBuilder(URI.create(site.url("staff"))));
        assertEquals(303, start.statusCode());
        assertEquals("/staff/login", start.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> post = browser.post("staff/kinds/project/new", null,
                Map.of("f0.sv", "Nytt projekt", "action", "publish"));
        assertEquals(303, post.statusCode());
        assertEquals("/staff/login", post.headers().firstValue("Location").orElseThrow());
        assertEquals(before, site.triples());
    }

    @Test
    void signInNeedsTheFormsTokenAndGivesAStrictHttpOnlyCookie() {
        HttpResponse<String> form = site.send(HttpRequest.newBuilder(URI.create(site.url("staff/login?lang=en"))));
        assertEquals(200, form.statusCode());
        String loginCookie = StaffBrowser.cookie(form, StaffRoutes.LOGIN_COOKIE);
        String setCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains("Secure"), "not over plain HTTP: " + setCookie);

        HttpResponse<String> noToken = browser.post("staff/login", StaffRoutes.LOGIN_COOKIE + "=" + loginCookie,
                Map.of("name", RunningSite.USER, "password", RunningSite.PASSWORD));
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.headers().allValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith(StaffRoutes.SESSION_COOKIE + "=")));

        String session = browser.signIn();
        HttpResponse<String> start = browser.get("staff?lang=en", session);
        assertEquals(200, start.statusCode(), start.body());
        assertTrue(start.body().contains("Signed in as <strong>editor</strong>"), start.body());
        assertTrue(start.body().contains("International project"), "the kinds of the shapes are listed");
        assertEquals("no-store", start.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void aChangeWithoutTheSessionsTokenIsRefusedAndWritesNothing() {
        String session = browser.signIn();
        long before = site.triples();
        HttpResponse<String> refused = browser.post("staff/kinds/project/new", session,
                Map.of("f0.sv", "Nytt projekt", "f0.en", "New project", "action", "publish"));
        assertEquals(403, refused.statusCode());
        HttpResponse<String> wrong = browser.post("staff/kinds/project/new", session,
                Map.of("csrf", "forged", "f0.sv", "Nytt projekt", "action", "publish"));
        assertEquals(403, wrong.statusCode());
        assertEquals(before, site.triples());
        assertEquals(403, browser.post("staff/logout", session, Map.of()).statusCode(), "signing out needs the token too");
    }

    @Test
    void signingOutEndsTheSession() {
        String session = browser.signIn();
        String token = StaffBrowser.token(browser.get("staff", session).body());
        HttpResponse<String> out = browser.post("staff/logout", session, Map.of("csrf", token));
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(303, browser.get("staff", session).statusCode(), "the old cookie no longer opens the editor");
    }

    @Test
    void theSixthWrongPasswordInARowIsAnswered429WithRetryAfter() {
        HttpResponse<String> form = site.send(HttpRequest.newBuilder(URI.create(site.url("staff/login"))));
        String loginCookie = StaffRoutes.LOGIN_COOKIE + "=" + StaffBrowser.cookie(form, StaffRoutes.LOGIN_COOKIE);
        String token = StaffBrowser.token(form.body());
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> wrong = browser.post("staff/login", loginCookie,
                    Map.of("csrf", token, "name", "guessed", "password", "wrong " + i));
            assertEquals(401, wrong.statusCode(), "attempt " + i);
        }
        HttpResponse<String> sixth = browser.post("staff/login", loginCookie,
                Map.of("csrf", token, "name", "guessed", "password", "wrong 6"));
        assertEquals(429, sixth.statusCode());
        assertTrue(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }
}
