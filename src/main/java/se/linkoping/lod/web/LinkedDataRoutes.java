package se.linkoping.lod.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.history.History;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.view.Description;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.ResourceView;
import spark.Request;
import spark.Response;

/**
 * Dereferencing of the things the data mints, by the "Cool URIs" recipe.
 *
 * <ul>
 *   <li>{@code GET /id/{type}/{slug}}: 303 See Other to {@code /doc/{type}/{slug}} (with its {@code ?lang}),
 *   404 when unknown;</li>
 *   <li>{@code GET /doc/{type}/{slug}}: the document, negotiated between HTML (the default, also for
 *       {@code *}{@code /*} and no {@code Accept}) and the RDF formats of the media-type table;
 *       406 when none is acceptable;</li>
 *   <li>{@code GET /doc/{type}/{slug}.{ext}}: that format, whatever the {@code Accept};</li>
 *   <li>{@code ?page=n} pages the incoming links of the HTML page; {@code ?lang=en} switches language.</li>
 * </ul>
 * A document names the thing's IRI as the one to cite ({@code Link: <…>; rel="cite-as"}, RFC 8574).
 * {@code HEAD} answers like {@code GET}. Every response reports its store queries in
 * {@value CountingStore#HEADER}: a document asked for again is kept in {@link RenderedPages} and
 * served with none. Documents are marked {@linkplain Http#keepable keepable}: the server may answer the
 * same request again with the same response without asking this route.
 */
public final class LinkedDataRoutes implements RouteGroup {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataRoutes.class);

    private final RenderedPages rendered = new RenderedPages();
    private Site site;
    private Negotiated negotiated;
    private Optional<Mementos> mementos;

    @Override
    public void register(Site site) {
        this.site = site;
        this.negotiated = new Negotiated(site);
        String base = site.basePath();
        Http.getAndHead(base + Iris.ID_PATH + "*", this::thing);
        Http.getAndHead(base + Iris.DOC_PATH + "*", this::document);
        this.mementos = site.history().map(history -> new Mementos(site, history));
        mementos.ifPresent(past -> Http.getAndHead(base + Mementos.TIMEMAP_PATH + Iris.DOC_PATH + "*",
                Http.text((request, response) -> past.timeMapOf(request, response, rest(request)))));
    }

    private Object thing(Request request, Response response) {
        String rest = rest(request);
        String iri = site.iris().resolve(Iris.ID_PATH + rest);
        CountingStore store = new CountingStore(site.store());
        boolean known = store.ask(site.queries().get("exists", Map.of("resource", NodeFactory.createURI(iri))));
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        if (!known) {
            throw HttpError.notFound(iri);
        }
        response.header("Vary", "Accept");
        String lang = request.queryParams("lang");
        boolean keepLang = lang != null && Arrays.stream(PageLanguage.values()).anyMatch(l -> l.tag().equals(lang));
        response.header("Location", site.basePath() + Iris.DOC_PATH + rest + (keepLang ? "?lang=" + lang : ""));
        response.status(303);
        return "";
    }

    private Object document(Request request, Response response) throws Exception {
        String rest = rest(request);
        Optional<String> extension = Optional.empty();
        int dot = rest.lastIndexOf('.');
        if (dot > rest.lastIndexOf('/')) {
            extension = Optional.of(rest.substring(dot + 1));
            rest = rest.substring(0, dot);
        }
        if (mementos.isPresent() && Mementos.asks(request)) {
            String thing = rest;
            Optional<String> format = extension;
            return Http.text((req, res) -> mementos.get().answer(req, res, thing, format)).handle(request, response);
        }
        String documentPath = Iris.DOC_PATH + rest;
        int page = page(request);
        Negotiated.Choice choice = negotiated.negotiate(request, response, documentPath, extension, "-p" + page);
        if (choice.answered()) {
            return response.body();
        }
        response.header("Link", "<" + site.iris().resolve(Iris.ID_PATH + rest) + ">; rel=\"cite-as\"");
        Http.keepable(request);
        String key = documentPath + " " + choice.etag();
        byte[] kept = RenderedPages.refused(request) ? null : rendered.get(key);
        if (kept != null) {
            response.header(CountingStore.HEADER, "0");
            return sized(kept, response);
        }
        boolean versionsBeingMade = site.history().map(History::isBuilding).orElse(false);
        byte[] body = render(documentPath, rest, page, choice, response);
        if (versionsBeingMade) {
            // Rendered without its list of versions, which is being made: neither kept here nor by the client.
            response.raw().setHeader("Cache-Control", "no-store");
        } else {
            rendered.put(key, body);
        }
        return sized(body, response);
    }

    /** The body with its length stated, so that it is sent in one piece rather than in chunks. */
    private static byte[] sized(byte[] body, Response response) {
        response.raw().setContentLength(body.length);
        return body;
    }

    private byte[] render(String documentPath, String rest, int page, Negotiated.Choice choice, Response response) {
        String iri = site.iris().resolve(Iris.ID_PATH + rest);
        CountingStore store = new CountingStore(site.store());
        Description description = ResourceDescriber.describe(store, iri, page);
        response.header(CountingStore.HEADER, String.valueOf(store.queries()));
        if (!description.exists()) {
            throw HttpError.notFound(iri);
        }
        LOG.debug("{} as {} with {} store queries", iri, choice.variant().mediaType(), store.queries());
        if (choice.variant().isHtml()) {
            return html(description, documentPath, choice.lang(), page).getBytes(StandardCharsets.UTF_8);
        }
        Model document = site.documents().build(description, site.iris().resolve(documentPath), site.store().version());
        return site.writing().write(document, choice.variant().rdf().orElseThrow());
    }

    private String html(Description description, String documentPath, PageLanguage lang, int page) {
        if (page > description.pageCount()) {
            throw HttpError.notFound("page " + page + " of links to " + description.resource().getURI());
        }
        ResourceView view = site.mapper().map(description, lang);
        String pageUrl = site.iris().resolve(documentPath);
        String schemaOrg = SchemaOrg.of(view, pageUrl, site.pages().schemaType(view.kind()));
        PageFrame frame = PageFrame.of(lang, view.title().value(), site.basePath(),
                site.pages().section(view.kind()), switchHref(documentPath, lang, page),
                negotiated.alternates(documentPath), schemaOrg, site.store().version());
        Map<String, Object> model = site.pageModel(frame, lang);
        model.put("view", view);
        mementos.ifPresent(past -> {
            String rest = documentPath.substring(Iris.DOC_PATH.length());
            model.put("history", past.list(rest, lang));
            model.put("timeMapHref", past.timeMap(rest));
        });
        Links links = new Links(site.iris(), lang);
        model.put("previousHref", page > 1 ? pageHref(links, documentPath, page - 1) : null);
        model.put("nextHref", page < view.pageCount() ? pageHref(links, documentPath, page + 1) : null);
        return site.templates().render("resource", model, lang);
    }

    private String switchHref(String documentPath, PageLanguage lang, int page) {
        return site.basePath() + documentPath + "?lang=" + lang.other().tag() + (page > 1 ? "&page=" + page : "");
    }

    private static String pageHref(Links links, String documentPath, int page) {
        String href = links.page(documentPath);
        return href + (href.contains("?") ? "&" : "?") + "page=" + page + "#incoming";
    }

    /**
     * The path after {@code /id/} or {@code /doc/}. None (the bare prefix) names nothing, and nor does
     * a path that decodes to characters an IRI cannot hold ({@code /id/a%20b}): no store is asked of it,
     * and a SPARQL endpoint could not be.
     */
    private String rest(Request request) {
        String[] splat = request.splat();
        if (splat.length == 0 || splat[0].isEmpty() || !IRIs.check(site.iris().resolve(Iris.ID_PATH + splat[0]))) {
            throw HttpError.notFound(request.pathInfo());
        }
        return splat[0];
    }

    /** The {@code page} parameter, from 1; anything else is a page that does not exist. */
    static int page(Request request) {
        String value = request.queryParams("page");
        if (value == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(value);
            if (page >= 1) {
                return page;
            }
        } catch (NumberFormatException notANumber) {
            LOG.debug("Not a page number: {}", value);
        }
        throw HttpError.notFound("page " + value);
    }
}
