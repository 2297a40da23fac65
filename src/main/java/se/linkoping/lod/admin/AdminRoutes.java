package se.linkoping.lod.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

import spark.Request;
import spark.Response;
import spark.Route;
import spark.Spark;

import se.linkoping.lod.history.History;
import se.linkoping.lod.load.Problem;
import se.linkoping.lod.logging.RepeatedMessages;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.StoreDirectory;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.http.ErrorResponder;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;

/**
 * The staff's write paths, each behind HTTP Basic authentication ({@link AdminCredentials}):
 *
 * <ul>
 * <li>{@code POST /admin/update}, body {@code application/sparql-update}: a SPARQL 1.1 Update;</li>
 * <li>{@code PUT}, {@code POST}, {@code DELETE /admin/data} (optionally {@code ?default}): the SPARQL
 *     1.1 Graph Store Protocol on the default graph, body in any RDF syntax Jena reads;</li>
 * <li>{@code PUT /admin/files/{name}}: adds or replaces a data file, then reloads;</li>
 * <li>{@code POST /admin/reload}: loads the data files again.</li>
 * </ul>
 *
 * <p>Answers are plain text: 200 with the new data version, 401 without valid credentials, 429 with
 * {@code Retry-After} after too many failed attempts ({@link SignInThrottle}), 400 for a malformed
 * request, 403 or 415 for a request a cross-site form could have sent, 413 for a body over the
 * {@link AdminLimits}, 415 for a media type not taken, 422 with every violation when the data would
 * break the shapes, 503 when another write keeps it waiting too long. A refused request changes
 * nothing, and its answer quotes at most a short excerpt of what was sent.
 *
 * <p>Cross-site requests: a request that writes must carry a body in a media type no HTML form sends
 * (forms send {@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}; refused with 415), and a POST without a body the header {@value #REQUESTED_BY}
 * (403 without it); so no other web site can make a signed-in browser write.
 */
public final class AdminRoutes implements RouteGroup {

    /** The admin paths, relative to the base. */
    public static final String PATH = "admin";
    /** The header a request without a body sends to show it is not a cross-site form. */
    public static final String REQUESTED_BY = "X-Requested-By";

    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);
    private static final RepeatedMessages REFUSALS = new RepeatedMessages(LOG, Duration.ofMinutes(1));
    private static final String CHALLENGE = "Basic realm=\"lod admin\", charset=\"UTF-8\"";
    private static final String UPDATE_TYPE = "application/sparql-update";
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final Set<String> WRITING_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final String USER = "lod.admin.user";
    private static final int MAX_PROBLEMS_SHOWN = 100;

    private final AdminCredentials credentials;
    private final StaffWrites writes;
    private final AdminLimits limits;
    private final SignInThrottle throttle;
    private ErrorResponder errors;

    /**
     * @param throttle the throttle of failed sign-ins, shared with every other way of signing in
     */
    public AdminRoutes(AdminCredentials credentials, StaffWrites writes, AdminLimits limits,
                       SignInThrottle throttle) {
        this.credentials = credentials;
        this.writes = writes;
        this.limits = limits;
        this.throttle = throttle;
    }

    /**
     * The admin routes over the served dataset, with the staff named in the password file and every
     * accepted write recorded in the change log.
     *
     * @param passwordFile the staff's names and password digests (see {@link AdminCredentials#read})
     * @param changeLog    the folder of the change log; null for {@code changes} in the store folder
     * @param data         the data files and folders loaded, the first folder taking uploads
     * @param limits       the largest bodies and the longest wait of a write
     * @param history      where the versions of the resources each write changes are recorded
     */
    public static AdminRoutes of(Path passwordFile, Path changeLog, SwitchableDataset dataset,
                                 StoreDirectory directory, List<Path> data, Iris iris, AdminLimits limits,
                                 History history) {
        StaffWrites writes = new StaffWrites(dataset, directory, data, iris, ChangeLog.of(changeLog, directory), history,
                limits.writeWait());
        return new AdminRoutes(AdminCredentials.read(passwordFile), writes, limits, new SignInThrottle());
    }

    /** The staff who may write, for every other way of signing in. */
    public AdminCredentials credentials() {
        return credentials;
    }

    /** The writes these routes make, for every other way of writing. */
    public StaffWrites writes() {
        return writes;
    }

    /** The throttle of failed sign-ins, shared with every other way of signing in. */
    public SignInThrottle throttle() {
        return throttle;
    }

    /** Runs the action with the new data version after each accepted write (its dumps are then written). */
    public AdminRoutes afterEachWrite(Consumer<DataVersion> action) {
        writes.afterEachWrite(action);
        return this;
    }

    @Override
    public void register(Site site) {
        this.errors = site.errors();
        String root = site.basePath() + PATH;
        Spark.before(root, this::authenticate);
        Spark.before(root + "/*", this::authenticate);
        Spark.post(root + "/update", Http.text((request, response) -> answer(request, response, who -> {
            requireType(request, UPDATE_TYPE);
            return writes.update(new String(body(request, limits.maxBodyBytes()), StandardCharsets.UTF_8), who);
        })));
        Spark.put(root + "/data", graphWrite("PUT"));
        Spark.post(root + "/data", graphWrite("POST"));
        Spark.delete(root + "/data", graphWrite("DELETE"));
        Spark.put(root + "/files/:name", Http.text((request, response) -> answer(request, response, who ->
                writes.upload(request.params(":name"), body(request, limits.maxUploadBytes()), who))));
        Spark.post(root + "/reload", Http.text((request, response) -> answer(request, response, writes::reload)));
        Spark.post(root + "/backup", Http.text((request, response) -> {
            response.type("text/plain; charset=utf-8");
            LOG.info("Backup asked for by {}", (String) request.attribute(USER));
            try {
                return "Backup written to " + writes.backup() + "\n";
            } catch (WriteRefused refused) {
                return refuse(request, response, refused);
            }
        }));
    }

    private Route graphWrite(String method) {
        return Http.text((request, response) -> answer(request, response, who -> {
            requireDefaultGraph(request);
            if ("DELETE".equals(method)) {
                return writes.graph(method, Lang.TURTLE, new byte[0], who);
            }
            Lang lang = rdfLang(request);
            return writes.graph(method, lang, body(request, limits.maxBodyBytes()), who);
        }));
    }

    private void authenticate(Request request, Response response) {
        response.header("Cache-Control", "no-store");
        String authorization = request.headers("Authorization");
        String name = claimedName(authorization);
        String address = request.ip();
        Duration wait = throttle.waitFor(name, address);
        if (!wait.isZero()) {
            REFUSALS.log(Level.WARN, "throttled " + address, "Refused {} {} from {}: too many failed sign-ins",
                    request.requestMethod(), request.pathInfo(), address);
            long seconds = SignInThrottle.retryAfterSeconds(wait);
            response.header("Retry-After", Long.toString(seconds));
            halt(response, 429, "Too many failed sign-ins: try again in " + seconds + " s.\n");
        }
        Optional<String> user = credentials.authenticate(authorization);
        if (user.isEmpty()) {
            if (authorization != null) {
                throttle.failed(name, address);
            }
            REFUSALS.log(Level.WARN, "refused " + address, "Refused {} {} from {}: no valid credentials",
                    request.requestMethod(), request.pathInfo(), address);
            response.header("WWW-Authenticate", CHALLENGE);
            halt(response, 401, "Credentials are needed to write: HTTP Basic authentication, as set up by the operator.\n");
        }
        throttle.succeeded(user.get(), address);
        refuseCrossSiteForms(request, response);
        request.attribute(USER, user.get());
    }

    /**
     * Refuses what a cross-site HTML form (or a script's request that needs no preflight) could send: a
     * form media type (415), or a POST with no media type and no {@value #REQUESTED_BY} header (403).
     * Other methods cannot be sent across sites without a preflight, which the CORS answer refuses
     * credentials.
     */
    private static void refuseCrossSiteForms(Request request, Response response) {
        String method = request.requestMethod();
        String requestedBy = request.headers(REQUESTED_BY);
        if (!WRITING_METHODS.contains(method) || requestedBy != null && !requestedBy.isBlank()) {
            return;
        }
        String type = mediaType(request);
        if (FORM_TYPES.contains(type)) {
            halt(response, 415, "Form bodies are not taken here: send the body's own media type.\n");
        }
        if (type.isEmpty() && "POST".equals(method)) {
            halt(response, 403, "A POST without a body must carry the header " + REQUESTED_BY
                    + " (any value), which a cross-site form cannot send.\n");
        }
    }

    /** Refuses with a message; the body is left unread, so the connection cannot carry another request: say so. */
    private static void halt(Response response, int status, String message) {
        response.header("Connection", "close");
        response.type("text/plain; charset=utf-8");
        Spark.halt(status, message);
    }

    /** The name Basic credentials claim, whether or not they are valid; empty when there is none. */
    private static String claimedName(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "";
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(0, colon);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }

    private static byte[] body(Request request, long limit) {
        return RequestBody.read(request.raw(), limit);
    }

    private Object answer(Request request, Response response, Function<String, StaffWrites.Accepted> write) {
        response.type("text/plain; charset=utf-8");
        try {
            StaffWrites.Accepted accepted = write.apply(request.attribute(USER));
            return "Accepted: " + accepted.summary() + ".\n"
                    + "version " + accepted.version() + "\nmodified " + accepted.modified() + "\n";
        } catch (WriteRefused refused) {
            return refuse(request, response, refused);
        }
    }

    /** The refusal of a write: its status, the headers it calls for, a short excerpt of its problems. */
    private Object refuse(Request request, Response response, WriteRefused refused) {
        if (refused.status() == 413 || refused.status() == 400 && refused.problems().isEmpty()) {
            response.header("Connection", "close");
        }
        if (refused.status() == 503) {
            response.header("Retry-After", "10");
        }
        return errors.answer(request, response, new HttpError(refused.status(), refusal(refused)));
    }

    /** The refusal's message and problems, each cut short, at most {@value #MAX_PROBLEMS_SHOWN} of them. */
    private static String refusal(WriteRefused refused) {
        StringBuilder body = new StringBuilder(Excerpt.of(refused.getMessage()));
        List<Problem> problems = refused.problems();
        for (Problem problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))) {
            body.append('\n').append(Excerpt.of(problem.toString()));
        }
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            body.append(String.format("%n… and %,d more problems", problems.size() - MAX_PROBLEMS_SHOWN));
        }
        return body.toString();
    }

    private static void requireType(Request request, String expected) {
        if (!expected.equals(mediaType(request))) {
            throw new WriteRefused(415, "Send the body as " + expected + " (it was "
                    + Excerpt.of(request.contentType()) + ").");
        }
    }

    private static Lang rdfLang(Request request) {
        String type = mediaType(request);
        Lang lang = type.isEmpty() ? null : RDFLanguages.contentTypeToLang(type);
        if (lang == null || RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
            throw new WriteRefused(415, "Send the triples in an RDF syntax such as text/turtle, "
                    + "application/n-triples, application/ld+json or application/rdf+xml (it was "
                    + Excerpt.of(type) + ").");
        }
        return lang;
    }

    private static void requireDefaultGraph(Request request) {
        if (request.queryParams("graph") != null) {
            throw new WriteRefused(400, "Only the default graph is published: use ?default (or no parameter).");
        }
    }

    private static String mediaType(Request request) {
        String type = request.contentType();
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase();
    }
}
