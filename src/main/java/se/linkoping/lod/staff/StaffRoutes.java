package se.linkoping.lod.staff;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import spark.Request;
import spark.Response;
import spark.Spark;

import se.linkoping.lod.admin.AdminCredentials;
import se.linkoping.lod.admin.SignInThrottle;
import se.linkoping.lod.logging.RepeatedMessages;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * Sign-in for staff in the browser, and the gate in front of every page of the editor:
 *
 * <ul>
 * <li>{@code GET /staff/login}: the form; {@code POST /staff/login}: checks the name and password
 *     ({@link AdminCredentials}, throttled by the {@link SignInThrottle} every way of signing in shares:
 *     429 with {@code Retry-After}), starts a session and sends the person to {@code /staff};</li>
 * <li>{@code POST /staff/logout}: ends the session;</li>
 * <li>every other path under {@code /staff}: without a session, a redirect (303) to the form, nothing
 *     read or written; a POST without the session's CSRF token in its {@code csrf} field: 403, nothing
 *     written.</li>
 * </ul>
 *
 * <p>The session cookie is {@code HttpOnly}, {@code SameSite=Strict}, limited to {@code /staff}, and
 * {@code Secure} when the request came over HTTPS (directly, or through a proxy the operator trusts).
 * The sign-in form carries a token of its own, in a cookie and a hidden field (double submit), so that
 * no other site can sign a browser in. Sign-ins, failures and sign-outs are logged without the password.
 */
public final class StaffRoutes implements RouteGroup {

    /** The editor's path, relative to the base. */
    public static final String PATH = "staff";
    /** The session cookie. */
    public static final String SESSION_COOKIE = "lod_staff";
    /** The sign-in form's own token cookie. */
    public static final String LOGIN_COOKIE = "lod_staff_login";
    /** The form field of the CSRF token. */
    public static final String CSRF_FIELD = "csrf";

    private static final Logger LOG = LoggerFactory.getLogger(StaffRoutes.class);
    private static final RepeatedMessages FAILURES = new RepeatedMessages(LOG, Duration.ofMinutes(1));
    private static final String SESSION = "lod.staff.session";

    private final AdminCredentials credentials;
    private final SignInThrottle throttle;
    private final StaffSettings settings;
    private final StaffSessions sessions;
    private final List<RouteGroup> pages;
    private Site site;
    private String root;

    /**
     * @param pages the editor's pages, registered behind the gate
     */
    public StaffRoutes(AdminCredentials credentials, SignInThrottle throttle, StaffSettings settings,
                       List<RouteGroup> pages) {
        this.credentials = credentials;
        this.throttle = throttle;
        this.settings = settings;
        this.sessions = new StaffSessions(settings.idleTimeout());
        this.pages = List.copyOf(pages);
    }

    @Override
    public void register(Site site) {
        this.site = site;
        this.root = site.basePath() + PATH;
        Spark.before(root, this::gate);
        Spark.before(root + "/*", this::gate);
        Http.getAndHead(root + "/login", this::loginForm);
        Spark.post(root + "/login", this::login);
        Spark.post(root + "/logout", this::logout);
        for (RouteGroup page : pages) {
            page.register(site);
        }
    }

    /** The session of a request that passed the gate. */
    public static StaffSessions.Session session(Request request) {
        return request.attribute(SESSION);
    }

    /** The page model of a staff page: the site's, with the person, the form token and the editor's root. */
    public static Map<String, Object> model(Site site, Request request, PageLanguage lang, String title) {
        PageFrame frame = PageFrame.of(lang, title, site.basePath(), PATH,
                request.pathInfo() + "?lang=" + lang.other().tag(), List.of(), null, site.store().version());
        Map<String, Object> model = new LinkedHashMap<>(site.pageModel(frame, lang));
        StaffSessions.Session session = session(request);
        if (session != null) {
            model.put("staffName", session.name());
            model.put("csrf", session.csrf());
        }
        model.put("staffRoot", site.basePath() + PATH);
        model.put("langParam", lang.tag());
        return model;
    }

    /** The language of a staff page: {@code lang} from the query or the form, else the browser's. */
    public static PageLanguage language(Request request) {
        return PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
    }

    private void gate(Request request, Response response) {
        response.header("Cache-Control", "no-store");
        String path = request.pathInfo();
        if (path.equals(root + "/login")) {
            return;
        }
        Optional<StaffSessions.Session> session = sessions.find(request.cookie(SESSION_COOKIE));
        if (session.isEmpty()) {
            response.header("Location", root + "/login");
            Spark.halt(303);
            return;
        }
        if (!"GET".equals(request.requestMethod()) && !"HEAD".equals(request.requestMethod())
                && !session.get().tokenMatches(request.queryParams(CSRF_FIELD))) {
            FAILURES.log(Level.WARN, "csrf " + request.ip(), "Refused {} {} by {} from {}: no valid form token",
                    request.requestMethod(), path, session.get().name(), request.ip());
            throw new HttpError(403, "The form's token is missing or out of date: nothing was written.");
        }
        request.attribute(SESSION, session.get());
    }

    private Object loginForm(Request request, Response response) {
        PageLanguage lang = language(request);
        String token = StaffSessions.token();
        cookie(request, response, LOGIN_COOKIE, token, -1);
        return loginPage(request, response, lang, token, null, 200);
    }

    private Object loginPage(Request request, Response response, PageLanguage lang, String token, String problem,
                             int status) {
        Map<String, Object> model = model(site, request, lang, Templates.message("staff.login.title", lang.locale()));
        model.put("loginToken", token);
        model.put("problem", problem);
        model.put("name", request.queryParams("name"));
        response.status(status);
        response.type("text/html; charset=utf-8");
        return site.templates().render("staff/login", model, lang);
    }

    private Object login(Request request, Response response) {
        PageLanguage lang = language(request);
        String expected = request.cookie(LOGIN_COOKIE);
        String given = request.queryParams(CSRF_FIELD);
        if (expected == null || given == null || !new StaffSessions.Session("", "", expected).tokenMatches(given)) {
            FAILURES.log(Level.WARN, "login-csrf " + request.ip(), "Refused a sign-in from {}: no valid form token",
                    request.ip());
            throw new HttpError(403, "The sign-in form's token is missing or out of date.");
        }
        String name = request.queryParams("name") == null ? "" : request.queryParams("name").strip();
        String password = request.queryParams("password") == null ? "" : request.queryParams("password");
        String address = request.ip();
        Duration wait = throttle.waitFor(name, address);
        if (wait.isZero()) {
            Optional<String> person = credentials.check(name, password);
            if (person.isPresent()) {
                throttle.succeeded(name, address);
                StaffSessions.Session session = sessions.start(person.get());
                cookie(request, response, SESSION_COOKIE, session.id(), -1);
                cookie(request, response, LOGIN_COOKIE, "", 0);
                LOG.info("Signed in: {} from {}", person.get(), address);
                response.redirect(root + "?lang=" + lang.tag(), 303);
                return "";
            }
            throttle.failed(name, address);
            FAILURES.log(Level.WARN, "login " + address, "Failed sign-in as {} from {}", printable(name), address);
            wait = throttle.waitFor(name, address);
        }
        if (!wait.isZero()) {
            response.header("Retry-After", Long.toString(SignInThrottle.retryAfterSeconds(wait)));
            return loginPage(request, response, lang, given, "staff.login.throttled", 429);
        }
        return loginPage(request, response, lang, given, "staff.login.failed", 401);
    }

    private Object logout(Request request, Response response) {
        StaffSessions.Session session = session(request);
        sessions.end(session.id());
        cookie(request, response, SESSION_COOKIE, "", 0);
        LOG.info("Signed out: {} from {}", session.name(), request.ip());
        response.redirect(root + "/login?lang=" + language(request).tag(), 303);
        return "";
    }

    /** Sets a cookie for the editor's paths; {@code maxAge} 0 removes it, -1 keeps it for the browser's session. */
    private void cookie(Request request, Response response, String name, String value, int maxAge) {
        StringBuilder cookie = new StringBuilder(name).append('=').append(value)
                .append("; Path=").append(root).append("; HttpOnly; SameSite=Strict");
        if (maxAge >= 0) {
            cookie.append("; Max-Age=").append(maxAge);
        }
        if (overHttps(request)) {
            cookie.append("; Secure");
        }
        response.raw().addHeader("Set-Cookie", cookie.toString());
    }

    /** True when the request came over HTTPS, directly or through a proxy the operator trusts. */
    private boolean overHttps(Request request) {
        if (request.raw().isSecure()) {
            return true;
        }
        return settings.trustedProxies().contains(request.raw().getRemoteAddr())
                && "https".equalsIgnoreCase(request.headers("X-Forwarded-Proto"));
    }

    /** A name for the log: as given when it could be a name, else not quoted. */
    private static String printable(String name) {
        return AdminCredentials.NAME.matcher(name).matches() ? name : "(not a valid name)";
    }
}
