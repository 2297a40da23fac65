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
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;

/**
 * The bulk downloads at {@code /dumps/{file}}: the files {@link Dumps} wrote for the current data
 * version, with their media type, length and validators. While the current version's dumps are
 * being written (in the background, started by the first request that finds them missing), a dump
 * is answered 503 with {@code Retry-After}.
 */
public final class DumpRoutes implements Routes {

    private final Store store;
    private final Iris iris;
    private final Dumps dumps;

    public DumpRoutes(Store store, Iris iris, Dumps dumps) {
        this.store = store;
        this.iris = iris;
        this.dumps = dumps;
    }

    @Override
    public void register() {
        RoutePaths.getAndHead(iris, CatalogIris.DUMPS + ":file", this::dump);
    }

    private Object dump(Request request, Response response) {
        String name = request.params(":file");
        if (!dumps.isDumpName(name)) {
            return notFound(response);
        }
        DataVersion version = store.version();
        Optional<DumpSet> written = dumps.ready(store, version);
        if (written.isEmpty()) {
            return beingWritten(request, response);
        }
        Optional<DumpFile> file = written.get().file(name);
        if (file.isEmpty()) {
            return notFound(response);
        }
        if (Conditional.notModified(request, response, version, file.get().format().key())) {
            return "";
        }
        response.type(file.get().format().contentType());
        response.raw().setContentLengthLong(file.get().bytes());
        if (RoutePaths.isHead(request)) {
            return "";
        }
        try {
            return Files.newInputStream(file.get().path());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dump " + file.get().path(), e);
        }
    }

    private Object beingWritten(Request request, Response response) {
        long seconds = Math.max(1, (dumps.retryAfter().toMillis() + 999) / 1000);
        response.status(503);
        response.header("Retry-After", Long.toString(seconds));
        response.header("Cache-Control", "no-store");
        response.type("text/plain; charset=utf-8");
        if (RoutePaths.isHead(request)) {
            return "";
        }
        return "The dumps of the new data are being written. Try again in " + seconds + " seconds.\n";
    }

    private Object notFound(Response response) {
        response.status(404);
        response.type("text/plain; charset=utf-8");
        return "No such dump. The catalogue at " + iris.resolve(CatalogIris.CATALOG) + " lists them.\n";
    }
}
