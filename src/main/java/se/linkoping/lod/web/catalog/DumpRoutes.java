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
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;

/**
 * The bulk downloads at {@code /dumps/{file}}: the files {@link Dumps} wrote for the current data
 * version, with their media type, length and validators. Dumps missing for the current version
 * (the data changed under a running server) are written once, on the first request.
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
        DumpSet current = dumps.writeIfMissing(store);
        Optional<DumpFile> file = current.file(request.params(":file"));
        if (file.isEmpty()) {
            response.status(404);
            response.type("text/plain; charset=utf-8");
            return "No such dump. The catalogue at " + iris.resolve(CatalogIris.CATALOG) + " lists them.\n";
        }
        if (Conditional.notModified(request, response, current.version(), file.get().format().key())) {
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
}
