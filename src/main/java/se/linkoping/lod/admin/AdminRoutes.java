package se.linkoping.lod.admin;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import spark.Request;
import spark.Response;
import spark.Route;
import spark.Spark;

import se.linkoping.lod.load.Problem;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.Routes;

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
 * <p>Answers are plain text: 200 with the new data version, 401 without valid credentials, 400 for
 * a malformed request, 415 for a media type not taken, 422 with every violation when the data
 * would break the shapes. A refused request changes nothing. Bodies sent as HTML forms
 * ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}, {@code text/plain}) are
 * refused, so that no other web site can make a signed-in browser write.
 */
public final class AdminRoutes implements Routes {

    /** The admin paths, relative to the base. */
    public static final String PATH = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(AdminRoutes.class);
    private static final String CHALLENGE = "Basic realm=\"lod admin\", charset=\"UTF-8\"";
    private static final String UPDATE_TYPE = "application/sparql-update";
    private static final Set<String> FORM_TYPES =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");
    private static final String USER = "lod.admin.user";

    private final AdminCredentials credentials;
    private final StaffWrites writes;
    private final String root;

    public AdminRoutes(AdminCredentials credentials, StaffWrites writes, Iris iris) {
        this.credentials = credentials;
        this.writes = writes;
        this.root = URI.create(iris.base()).getRawPath() + PATH;
    }

    @Override
    public void register() {
        Spark.before(root, this::authenticate);
        Spark.before(root + "/*", this::authenticate);
        Spark.post(root + "/update", (request, response) -> answer(request, response, who -> {
            requireType(request, UPDATE_TYPE);
            return writes.update(request.body(), who);
        }));
        Spark.put(root + "/data", graphWrite("PUT"));
        Spark.post(root + "/data", graphWrite("POST"));
        Spark.delete(root + "/data", graphWrite("DELETE"));
        Spark.put(root + "/files/:name", (request, response) -> answer(request, response, who -> {
            refuseForms(request);
            return writes.upload(request.params(":name"), request.bodyAsBytes(), who);
        }));
        Spark.post(root + "/reload", (request, response) -> answer(request, response, who -> {
            refuseForms(request);
            return writes.reload(who);
        }));
        Spark.post(root + "/backup", (request, response) -> {
            response.type("text/plain; charset=utf-8");
            if (FORM_TYPES.contains(mediaType(request))) {
                response.status(415);
                return "Form bodies are not taken here: send none.\n";
            }
            LOG.info("Backup asked for by {}", (String) request.attribute(USER));
            return "Backup written to " + writes.backup() + "\n";
        });
    }

    private Route graphWrite(String method) {
        return (request, response) -> answer(request, response, who -> {
            requireDefaultGraph(request);
            Lang lang = "DELETE".equals(method) ? Lang.TURTLE : rdfLang(request);
            return writes.graph(method, lang, request.bodyAsBytes(), who);
        });
    }

    private void authenticate(Request request, Response response) {
        response.header("Cache-Control", "no-store");
        Optional<String> user = credentials.authenticate(request.headers("Authorization"));
        if (user.isEmpty()) {
            LOG.warn("Refused {} {} from {}: no valid credentials", request.requestMethod(), request.pathInfo(),
                    request.ip());
            response.header("WWW-Authenticate", CHALLENGE);
            // The body is left unread, so the connection cannot carry another request: say so.
            response.header("Connection", "close");
            response.type("text/plain; charset=utf-8");
            Spark.halt(401, "Credentials are needed to write: HTTP Basic authentication, as set up by the operator.\n");
        }
        request.attribute(USER, user.get());
    }

    private Object answer(Request request, Response response, Function<String, StaffWrites.Accepted> write) {
        response.type("text/plain; charset=utf-8");
        try {
            StaffWrites.Accepted accepted = write.apply(request.attribute(USER));
            return "Accepted: " + accepted.summary() + ".\n"
                    + "version " + accepted.version() + "\nmodified " + accepted.modified() + "\n";
        } catch (WriteRefused refused) {
            response.status(refused.status());
            StringBuilder body = new StringBuilder(refused.getMessage()).append('\n');
            for (Problem problem : refused.problems()) {
                body.append(problem).append('\n');
            }
            return body.toString();
        }
    }

    private static void requireType(Request request, String expected) {
        if (!expected.equals(mediaType(request))) {
            throw new WriteRefused(415, "Send the body as " + expected + " (it was " + request.contentType() + ").");
        }
    }

    private static void refuseForms(Request request) {
        if (FORM_TYPES.contains(mediaType(request))) {
            throw new WriteRefused(415, "Form bodies are not taken here: send the file's own media type.");
        }
    }

    private static Lang rdfLang(Request request) {
        String type = mediaType(request);
        Lang lang = type.isEmpty() ? null : RDFLanguages.contentTypeToLang(type);
        if (lang == null || RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
            throw new WriteRefused(415, "Send the triples in an RDF syntax such as text/turtle, "
                    + "application/n-triples, application/ld+json or application/rdf+xml (it was " + type + ").");
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
