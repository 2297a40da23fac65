package se.linkoping.lod.web.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;

import spark.Request;
import spark.Response;

import se.linkoping.lod.history.Feed;
import se.linkoping.lod.history.History;
import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.model.MediaTypes.Format;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpCaching;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.http.Negotiator;

/**
 * The change feed: {@code /feed}, the Linked Data Event Stream and its view, and {@code /feed/{n}}, its
 * pages, in Turtle, N-Triples or JSON-LD. A full page never changes and is cacheable for a year
 * ({@code immutable}); the newest page, which grows, and the stream are kept briefly. While the
 * history's first versions are being made (a store's first start after its first load), 503 with
 * {@code Retry-After}.
 */
public final class FeedRoutes implements RouteGroup {

    private static final String RETRY_AFTER_SECONDS = "10";
    private static final List<Format> FORMATS = List.of(MediaTypes.TURTLE, MediaTypes.NTRIPLES, MediaTypes.JSONLD);

    private final History history;
    private final Negotiator<Format> negotiation = new Negotiator<>(FORMATS, Format::mediaType, Format::alsoAccepted);
    private Site site;
    private Feed feed;

    public FeedRoutes(History history) {
        this.history = history;
    }

    @Override
    public void register(Site site) {
        this.site = site;
        this.feed = new Feed(history, site.iris());
        Http.getAndHead(site.basePath() + Feed.PATH, Http.text(this::stream));
        Http.getAndHead(site.basePath() + Feed.PATH + "/:page", Http.text(this::page));
    }

    private Object stream(Request request, Response response) {
        if (history.isBuilding()) {
            return beingMade(request, response);
        }
        long size = feed.size();
        return answer(request, response, feed.stream(), validators("stream-" + size, size), HttpCaching.CACHE_CONTROL);
    }

    private Object page(Request request, Response response) {
        long page;
        try {
            page = Long.parseLong(request.params(":page"));
        } catch (NumberFormatException notANumber) {
            return notFound(request, response);
        }
        if (history.isBuilding()) {
            return beingMade(request, response);
        }
        long size = feed.size();
        Optional<Model> model = feed.page(page, size);
        if (model.isEmpty()) {
            return notFound(request, response);
        }
        if (feed.isComplete(page, size)) {
            return answer(request, response, model.get(), validators("page-" + page, Math.min(size, (page + 1)
                    * Feed.PAGE_SIZE)), HttpCaching.IMMUTABLE);
        }
        return answer(request, response, model.get(), validators("page-" + page + "-" + size, size),
                HttpCaching.CACHE_CONTROL);
    }

    /** The validators of a document that holds the first {@code members} members: modified at the last one's time. */
    private DataVersion validators(String tag, long members) {
        Instant last = members == 0 ? Instant.EPOCH : history.version(members - 1).orElseThrow().time();
        return new DataVersion("feed-" + tag, last);
    }

    private Object answer(Request request, Response response, Model model, DataVersion version, String cacheControl) {
        response.header("Vary", "Accept");
        Optional<Format> format = negotiation.choose(request.headers("Accept"));
        if (format.isEmpty()) {
            return site.errors().answer(request, response,
                    new HttpError(406, "Not acceptable. Available: " + negotiation.offeredTypes()));
        }
        if (Conditional.notModified(request, response, HttpCaching.of(version, format.get().extension()), cacheControl)) {
            return "";
        }
        byte[] body = site.writing().write(model, format.get());
        response.type(format.get().contentType());
        response.raw().setContentLength(body.length);
        return Http.isHead(request) ? "" : body;
    }

    /** 503 with {@code Retry-After} while the history's first versions, the feed's first members, are being made. */
    private Object beingMade(Request request, Response response) {
        response.header("Retry-After", RETRY_AFTER_SECONDS);
        response.header("Cache-Control", "no-store");
        return site.errors().answer(request, response, new HttpError(503,
                "The change feed's first members are being recorded from the data: try again in a moment."));
    }

    private Object notFound(Request request, Response response) {
        return site.errors().answer(request, response, HttpError.notFound(
                "No such page of the change feed. The feed starts at " + site.iris().resolve(Feed.PATH) + "."));
    }
}
