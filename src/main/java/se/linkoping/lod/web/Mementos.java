package se.linkoping.lod.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

import spark.Request;
import spark.Response;

import se.linkoping.lod.history.History;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpCaching;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.http.Negotiator;
import se.linkoping.lod.web.view.PageDates;
import se.linkoping.lod.web.view.PageLanguage;

/**
 * Time travel for documents (Memento, RFC 7089): each document {@code /doc/…} is its own TimeGate.
 * With {@code Accept-Datetime} it answers (200) with the description of the thing as it was at that
 * time, from the {@link History}: {@code Memento-Datetime}, {@code Content-Location} the memento's own
 * address ({@code /doc/…?version=n}), and {@code Link} to the original, the TimeGate and the TimeMap
 * ({@code /timemap/doc/…}, {@code application/link-format}). A time before the thing's first version,
 * or when it had been deleted, is 404 with a message saying so.
 */
final class Mementos {

    /** The path of the TimeMaps under the base: {@code timemap/doc/…}. */
    static final String TIMEMAP_PATH = "timemap/";
    static final String LINK_FORMAT = "application/link-format";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    /** How long a client is asked to wait while the history's first versions are being made. */
    static final String RETRY_AFTER_SECONDS = "10";
    /** How many versions a thing's page lists, the newest. */
    static final int LISTED = 10;

    private final Site site;
    private final History history;
    private final Negotiator<Variant> negotiation = new Negotiator<>(Variant.all(), Variant::mediaType,
            Variant::alsoAccepted);

    Mementos(Site site, History history) {
        this.site = site;
        this.history = history;
    }

    /** True when the request asks for a past state: {@code Accept-Datetime} or {@code ?version=}. */
    static boolean asks(Request request) {
        return request.headers("Accept-Datetime") != null || request.queryParams("version") != null;
    }

    /** The versions of the thing whose document is at {@code /doc/{rest}}, oldest first. */
    List<History.Version> versions(String rest) {
        return history.versionsOf(thing(rest));
    }

    /**
     * The versions, for an answer about them: 503 with {@code Retry-After} while the history's first
     * versions are being made.
     */
    private List<History.Version> versions(Response response, String rest) {
        if (history.isBuilding()) {
            response.header("Retry-After", RETRY_AFTER_SECONDS);
            throw new HttpError(503, "The history of the data is being recorded: try again in a moment.");
        }
        return versions(rest);
    }

    /**
     * Answers a request for a past state of {@code /doc/{rest}}, in the format the URL's extension names
     * ({@code /doc/{rest}.ttl}), else the one {@code Accept} asks for.
     */
    Object answer(Request request, Response response, String rest, Optional<String> extension) {
        String original = site.iris().resolve(Iris.DOC_PATH + rest);
        List<History.Version> versions = versions(response, rest);
        response.header("Link", links(rest));
        History.Version chosen;
        String asked = request.queryParams("version");
        if (asked != null) {
            chosen = versions.stream().filter(v -> Long.toString(v.number()).equals(asked)).findFirst()
                    .orElseThrow(() -> HttpError.notFound("No version " + asked + " of " + original
                            + ". Its versions are listed at " + timeMap(rest) + "."));
            response.header("Cache-Control", HttpCaching.IMMUTABLE);
        } else {
            Instant when = acceptDatetime(request.headers("Accept-Datetime"));
            response.header("Vary", "Accept-Datetime, Accept");
            chosen = versions.stream().filter(v -> !v.time().truncatedTo(ChronoUnit.SECONDS).isAfter(when)).reduce((a, b) -> b)
                    .orElseThrow(() -> HttpError.notFound(versions.isEmpty()
                            ? original + " has no recorded version."
                            : original + " has no version at or before " + httpDate(when) + ": its first version is of "
                                    + httpDate(versions.get(0).time()) + "."));
            response.header("Content-Location", memento(rest, chosen));
            response.header("Cache-Control", HttpCaching.CACHE_CONTROL);
        }
        if (chosen.deleted()) {
            throw HttpError.notFound(original + " did not exist at that time: it was removed on "
                    + httpDate(chosen.time()) + ".");
        }
        response.header("Memento-Datetime", httpDate(chosen.time()));
        Optional<Variant> variant = extension.isPresent()
                ? Variant.byExtension(extension.get())
                : negotiation.choose(request.headers("Accept"));
        if (variant.isEmpty() && extension.isPresent()) {
            throw HttpError.notFound("No format with the extension ." + extension.get());
        }
        if (variant.isEmpty()) {
            throw new HttpError(406, "Not acceptable. Available: " + negotiation.offeredTypes());
        }
        List<Triple> description = history.description(chosen);
        if (variant.get().isHtml()) {
            response.type("text/html; charset=utf-8");
            return html(request, rest, chosen, description);
        }
        Model model = ModelFactory.createDefaultModel();
        description.forEach(model.getGraph()::add);
        byte[] body = site.writing().write(model, variant.get().rdf().orElseThrow());
        response.type(variant.get().contentType());
        return Http.isHead(request) ? "" : body;
    }

    /** The TimeMap of {@code /doc/{rest}}: every version, in the link format. */
    Object timeMapOf(Request request, Response response, String rest) {
        List<History.Version> versions = versions(response, rest);
        if (versions.isEmpty()) {
            throw HttpError.notFound(site.iris().resolve(Iris.DOC_PATH + rest) + " has no recorded version.");
        }
        String original = site.iris().resolve(Iris.DOC_PATH + rest);
        List<String> lines = new ArrayList<>();
        lines.add("<" + original + ">;rel=\"original timegate\"");
        lines.add("<" + timeMap(rest) + ">;rel=\"self\";type=\"" + LINK_FORMAT + "\";from=\""
                + httpDate(versions.get(0).time()) + "\";until=\"" + httpDate(versions.get(versions.size() - 1).time())
                + "\"");
        for (int i = 0; i < versions.size(); i++) {
            History.Version version = versions.get(i);
            String rel = (i == 0 ? "first " : "") + (i == versions.size() - 1 ? "last " : "") + "memento";
            lines.add("<" + memento(rest, version) + ">;rel=\"" + rel + "\";datetime=\"" + httpDate(version.time())
                    + "\"" + (version.deleted() ? ";deleted=\"true\"" : ""));
        }
        response.type(LINK_FORMAT + "; charset=utf-8");
        response.header("Cache-Control", HttpCaching.CACHE_CONTROL);
        return Http.isHead(request) ? "" : String.join(",\n", lines) + "\n";
    }

    /**
     * The history list of the thing's page: its newest {@value #LISTED} versions, newest first, each with
     * a link to it and its place among all (the TimeMap lists every one).
     */
    List<Map<String, Object>> list(String rest, PageLanguage lang) {
        if (history.isBuilding()) {
            return List.of();
        }
        History.Versions versions = history.newestVersionsOf(thing(rest), LISTED);
        List<History.Version> newest = versions.newest();
        int older = versions.total() - newest.size();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = newest.size() - 1; i >= 0; i--) {
            History.Version version = newest.get(i);
            list.add(Map.of("href", site.basePath() + Iris.DOC_PATH + rest + "?version=" + version.number()
                            + "&lang=" + lang.tag(),
                    "date", PageDates.dateTime(version.time(), lang),
                    "iso", version.time().toString(),
                    "deleted", version.deleted(),
                    "position", older + i + 1,
                    "first", older + i == 0));
        }
        return list;
    }

    String timeMap(String rest) {
        return site.iris().resolve(TIMEMAP_PATH + Iris.DOC_PATH + rest);
    }

    private String html(Request request, String rest, History.Version version, List<Triple> description) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        String title = Templates.message("memento.title", lang.locale()) + " " + PageDates.dateTime(version.time(), lang);
        PageFrame frame = PageFrame.of(lang, title, site.basePath(), "",
                site.basePath() + Iris.DOC_PATH + rest + "?version=" + version.number() + "&lang=" + lang.other().tag(),
                List.of(), null, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("thing", thing(rest).getURI());
        model.put("currentHref", site.basePath() + Iris.DOC_PATH + rest + "?lang=" + lang.tag());
        model.put("timeMapHref", timeMap(rest));
        model.put("rows", description.stream().map(t -> Map.of(
                "subject", t.getSubject().isBlank() ? "_:" + t.getSubject().getBlankNodeLabel() : t.getSubject().toString(),
                "property", t.getPredicate().getURI(),
                "value", t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm()
                        : t.getObject().isBlank() ? "_:" + t.getObject().getBlankNodeLabel() : t.getObject().getURI(),
                "link", t.getObject().isURI())).toList());
        return site.templates().render("memento", model, lang);
    }

    private String links(String rest) {
        return "<" + site.iris().resolve(Iris.DOC_PATH + rest) + ">; rel=\"original timegate\", <" + timeMap(rest)
                + ">; rel=\"timemap\"; type=\"" + LINK_FORMAT + "\"";
    }

    private String memento(String rest, History.Version version) {
        return site.iris().resolve(Iris.DOC_PATH + rest) + "?version=" + version.number();
    }

    private Node thing(String rest) {
        return NodeFactory.createURI(site.iris().resolve(Iris.ID_PATH + rest));
    }

    private static Instant acceptDatetime(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), HTTP_DATE).toInstant();
        } catch (DateTimeParseException malformed) {
            throw new HttpError(400, "Accept-Datetime is not an HTTP date (such as \"Thu, 03 Dec 2026 10:00:00 GMT\"): "
                    + value);
        }
    }

    private static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.atZone(ZoneOffset.UTC));
    }
}
