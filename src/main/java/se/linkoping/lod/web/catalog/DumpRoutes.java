package se.linkoping.lod.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Optional;

import spark.Request;
import spark.Response;

import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.catalog.DumpFile;
import se.linkoping.lod.catalog.DumpSet;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpCaching;
import se.linkoping.lod.web.http.HttpError;

/**
 * The bulk downloads at {@code /dumps/{file}}: the files {@link Dumps} wrote for the current data
 * version, with their media type, length and validators. While the current version's dumps are
 * being written (in the background, started by the first request that finds them missing), a dump
 * is answered 503 with {@code Retry-After}.
 */
public final class DumpRoutes implements RouteGroup {

    private final Dumps dumps;
    private Site site;
    private Store store;

    public DumpRoutes(Dumps dumps) {
        this.dumps = dumps;
    }

    @Override
    public void register(Site site) {
        this.site = site;
        this.store = site.store();
        Http.getAndHead(site.basePath() + CatalogIris.DUMPS + ":file", Http.text(this::dump));
        Http.getAndHead(site.basePath() + CatalogIris.VERSION_DUMPS + ":version/:file", Http.text(this::versionDump));
    }

    /** A dump of a kept data version: it never changes, so it may be kept for a year. */
    private Object versionDump(Request request, Response response) {
        Optional<DumpSet> kept = dumps.keptVersion(request.params(":version"));
        Optional<DumpFile> file = kept.flatMap(set -> set.file(request.params(":file")));
        if (file.isEmpty()) {
            return site.errors().answer(request, response, HttpError.notFound("No dump of such a data version is kept. "
                    + "The catalogue at " + site.iris().resolve(CatalogIris.CATALOG) + " lists the versions kept."));
        }
        if (Conditional.notModified(request, response, HttpCaching.of(kept.get().version(), file.get().format().key()),
                HttpCaching.IMMUTABLE)) {
            return "";
        }
        return send(request, response, file.get());
    }

    private Object dump(Request request, Response response) {
        String name = request.params(":file");
        if (!dumps.isDumpName(name)) {
            return notFound(request, response);
        }
        DataVersion version = store.version();
        Optional<DumpSet> written = dumps.ready(store, version);
        if (written.isEmpty()) {
            return beingWritten(request, response);
        }
        Optional<DumpFile> file = written.get().file(name);
        if (file.isEmpty()) {
            return notFound(request, response);
        }
        if (Conditional.notModified(request, response, version, file.get().format().key())) {
            return "";
        }
        return send(request, response, file.get());
    }

    private static Object send(Request request, Response response, DumpFile file) {
        response.type(file.format().contentType());
        response.raw().setContentLengthLong(file.bytes());
        if (Http.isHead(request)) {
            return "";
        }
        try {
            return Files.newInputStream(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dump " + file.path(), e);
        }
    }

    private Object beingWritten(Request request, Response response) {
        long seconds = Math.max(1, (dumps.retryAfter().toMillis() + 999) / 1000);
        response.header("Retry-After", Long.toString(seconds));
        response.header("Cache-Control", "no-store");
        return site.errors().answer(request, response, new HttpError(503,
                "The dumps of the new data are being written. Try again in " + seconds + " seconds."));
    }

    private Object notFound(Request request, Response response) {
        return site.errors().answer(request, response, HttpError.notFound(
                "No such dump. The catalogue at " + site.iris().resolve(CatalogIris.CATALOG) + " lists them."));
    }
}
