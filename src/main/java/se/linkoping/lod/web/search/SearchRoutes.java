package se.linkoping.lod.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.apache.jena.query.text.TextIndexException;
import spark.Request;
import spark.Response;

import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.PageFrame;
import se.linkoping.lod.web.Pages;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Templates;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.http.Negotiator;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.SearchView;
import se.linkoping.lod.web.view.SearchViewMapper;

/**
 * The search page, {@code /search?q=…} (with {@code type}, {@code language} and {@code page}): the
 * things whose names or descriptions hold the words, 20 a page, their kind and the matched text with
 * the words marked; HTML for people, JSON for {@code Accept: application/json} or {@code format=json}.
 * {@code /search/suggest?q=…} gives the first few names for the search box as one types, the last
 * word taken as the beginning of a word. A search that cannot be read is answered 400 with what is
 * wrong with it. Answers follow the data version ({@code ETag}).
 */
public final class SearchRoutes implements RouteGroup {

    /** The kinds of thing a search can be limited to; a thing of another kind is {@code other}. */
    public static final List<String> KINDS = List.of("project", "activity", "network", "town", "country",
            "organization", "person", "programme", "theme", "scheme", "strategy", "membership", "contact",
            "document", "dataset", "term", "other");
    /** The most suggestions the search box is given. */
    static final int SUGGESTIONS = 8;

    private static final String JSON = "application/json";
    private static final String HTML = "text/html";
    private final Negotiator<String> negotiator = new Negotiator<>(List.of(HTML, JSON), type -> type);
    private Site site;
    private Searches searches;
    private SearchViewMapper mapper;

    @Override
    public void register(Site site) {
        this.site = site;
        this.searches = new Searches(site.store(), site.queries());
        this.mapper = new SearchViewMapper(site.iris(), Set.copyOf(KINDS));
        String path = site.basePath() + path(site);
        Http.getAndHead(path, this::page);
        Http.getAndHead(path + "/suggest", Http.text(this::suggest));
    }

    /** The search page's path, relative to the base. */
    public static String path(Site site) {
        return site.pages().named(Pages.SEARCH).orElseThrow().path();
    }

    private Object page(Request request, Response response) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept, Accept-Language");
        boolean json = "json".equals(request.queryParams("format"));
        if (!json) {
            String chosen = negotiator.choose(request.headers("Accept")).orElseThrow(() ->
                    new HttpError(406, "The search is offered as " + negotiator.offeredTypes()));
            json = JSON.equals(chosen);
        }
        SearchRequest search;
        try {
            search = SearchRequest.read(request.queryParams("q"), request.queryParams("type"),
                    request.queryParams("language"), request.queryParams("page"), Set.copyOf(KINDS));
        } catch (SearchRequest.Invalid invalid) {
            return refused(request, response, invalid, lang, json);
        }
        DataVersion version = site.store().version();
        if (Conditional.notModified(request, response, version, variant("search", lang, json, request))) {
            return "";
        }
        if (json && search.empty()) {
            return refused(request, response, new SearchRequest.Invalid("search.error.empty", ""), lang, true);
        }
        SearchView view;
        try {
            view = search.empty() ? null : mapper.map(searches.rows(search, false), search.words(), search.kind(),
                    search.language(), search.page(), SearchView.PAGE_SIZE, lang);
        } catch (TextIndexException unreadable) {
            return refused(request, response, new SearchRequest.Invalid("search.error.unreadable", search.text()),
                    lang, json);
        }
        if (json) {
            response.type(JSON);
            return json(search, view, lang).build().toString();
        }
        response.type("text/html; charset=utf-8");
        return html(search, view, null, lang, version);
    }

    private Object suggest(Request request, Response response) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept-Language");
        response.type(JSON);
        SearchRequest search;
        try {
            search = SearchRequest.read(request.queryParams("q"), null, null, null, Set.copyOf(KINDS));
        } catch (SearchRequest.Invalid invalid) {
            response.status(400);
            return Json.createObjectBuilder().add("error", message(invalid, lang)).build().toString();
        }
        DataVersion version = site.store().version();
        if (Conditional.notModified(request, response, version, variant("suggest", lang, true, request))) {
            return "";
        }
        JsonArrayBuilder suggestions = Json.createArrayBuilder();
        if (!search.empty()) {
            SearchView view = mapper.map(searches.rows(search, true), search.words(), null, null, 1, SUGGESTIONS, lang);
            view.hits().forEach(hit -> suggestions.add(Json.createObjectBuilder()
                    .add("label", hit.label().value())
                    .add("kind", Templates.message("search.kind." + hit.kind(), lang))
                    .add("href", hit.href())));
        }
        return Json.createObjectBuilder().add("suggestions", suggestions).build().toString();
    }

    private Object refused(Request request, Response response, SearchRequest.Invalid invalid, PageLanguage lang,
                           boolean json) {
        response.status(400);
        response.header("Cache-Control", "no-store");
        if (json) {
            response.type(JSON);
            return Json.createObjectBuilder().add("error", message(invalid, lang)).build().toString();
        }
        response.type("text/html; charset=utf-8");
        String q = request.queryParams("q");
        SearchRequest asTyped = new SearchRequest(q == null ? "" : q.strip(), List.of(), null, null, 1);
        return html(asTyped, null, message(invalid, lang), lang, site.store().version());
    }

    private String html(SearchRequest search, SearchView view, String error, PageLanguage lang, DataVersion version) {
        Links links = new Links(site.iris(), lang);
        String path = path(site);
        String title = search.empty() ? Templates.message("search.title", lang)
                : Templates.message("search.titleFor", lang, search.text());
        PageFrame frame = PageFrame.of(lang, title, site.basePath(), Pages.SEARCH,
                site.basePath() + path + "?" + query(search, search.page(), lang.other()), List.of(), null, version);
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("q", search.text());
        model.put("kind", search.kind());
        model.put("language", search.language());
        model.put("languages", SearchRequest.LANGUAGES);
        model.put("kinds", KINDS);
        model.put("error", error);
        model.put("view", view);
        model.put("usesIndex", searches.usesIndex());
        if (view != null) {
            model.put("summary", view.total() == 0 ? Templates.message("search.none", lang, search.text())
                    : Templates.message("search.found", lang, String.valueOf(view.total()), search.text()));
            if (view.pageNumber() > 1) {
                model.put("previousHref", links.page(path) + separator(lang) + query(search, view.pageNumber() - 1, null));
            }
            if (view.pageNumber() < view.pageCount()) {
                model.put("nextHref", links.page(path) + separator(lang) + query(search, view.pageNumber() + 1, null));
            }
            model.put("jsonHref", links.page(path) + separator(lang) + query(search, view.pageNumber(), null)
                    + "&format=json");
        }
        return site.templates().render("search", model, lang);
    }

    private JsonObjectBuilder json(SearchRequest search, SearchView view, PageLanguage lang) {
        JsonArrayBuilder hits = Json.createArrayBuilder();
        for (SearchView.Hit hit : view.hits()) {
            JsonArrayBuilder matches = Json.createArrayBuilder();
            for (SearchView.Match match : hit.matches()) {
                JsonArrayBuilder marked = Json.createArrayBuilder();
                match.pieces().stream().filter(SearchView.Piece::hit).forEach(piece -> marked.add(piece.text()));
                matches.add(Json.createObjectBuilder().add("text", match.text()).add("lang", match.lang())
                        .add("marked", marked));
            }
            hits.add(Json.createObjectBuilder()
                    .add("iri", hit.iri())
                    .add("page", site.iris().resolve(hit.href().substring(site.basePath().length())))
                    .add("kind", hit.kind())
                    .add("kindLabel", Templates.message("search.kind." + hit.kind(), lang))
                    .add("label", hit.label().value())
                    .add("labelLang", hit.label().lang())
                    .add("score", hit.score())
                    .add("matches", matches));
        }
        JsonObjectBuilder kinds = Json.createObjectBuilder();
        view.kinds().forEach(count -> kinds.add(count.kind(), count.count()));
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("q", search.text())
                .add("total", view.total())
                .add("page", view.pageNumber())
                .add("pageCount", view.pageCount())
                .add("pageSize", SearchView.PAGE_SIZE)
                .add("kinds", kinds)
                .add("results", hits);
        if (search.kind() != null) {
            answer.add("type", search.kind());
        }
        if (search.language() != null) {
            answer.add("language", search.language());
        }
        return answer;
    }

    private static String message(SearchRequest.Invalid invalid, PageLanguage lang) {
        return Templates.message(invalid.messageKey(), lang, invalid.value());
    }

    /** The query string of a search's page, in a language ({@code null}: none named). */
    private static String query(SearchRequest search, int page, PageLanguage lang) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", search.text());
        if (search.kind() != null) {
            parameters.put("type", search.kind());
        }
        if (search.language() != null) {
            parameters.put("language", search.language());
        }
        if (page > 1) {
            parameters.put("page", String.valueOf(page));
        }
        if (lang != null) {
            parameters.put("lang", lang.tag());
        }
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, value) -> query.append(query.length() == 0 ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static String separator(PageLanguage lang) {
        return lang == PageLanguage.SV ? "?" : "&";
    }

    /** What tells one answer from another of the same data: the language, the format and the query string. */
    private static String variant(String what, PageLanguage lang, boolean json, Request request) {
        String query = request.queryString() == null ? "" : request.queryString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return what + "-" + lang.tag() + (json ? "-json-" : "-html-") + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
