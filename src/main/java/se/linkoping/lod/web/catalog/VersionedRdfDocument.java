package se.linkoping.lod.web.catalog;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

import spark.Request;
import spark.Response;

import se.linkoping.lod.model.MediaTypes.Format;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;

/**
 * An RDF document built from the data (the catalogue, the VoID description): built and serialised
 * once per data version, served in the format the client negotiates, with validators from the
 * data version.
 */
final class VersionedRdfDocument {

    private final Store store;
    private final RdfNegotiation negotiation;
    private final List<Format> formats;
    private final Function<DataVersion, Model> build;
    private final PerVersion<Map<Format, byte[]>> serialised = new PerVersion<>();

    /**
     * @param formats the formats offered, the default first
     * @param build   builds the document for a data version
     */
    VersionedRdfDocument(Store store, List<Format> formats, Function<DataVersion, Model> build) {
        this.store = store;
        this.formats = List.copyOf(formats);
        this.negotiation = new RdfNegotiation(formats);
        this.build = build;
    }

    /** Answers a GET. */
    Object handle(Request request, Response response) {
        response.header("Vary", "Accept");
        Optional<Format> format = negotiation.choose(request.headers("Accept"));
        if (format.isEmpty()) {
            response.status(406);
            response.type("text/plain; charset=utf-8");
            return "Not acceptable. Available: " + negotiation.offeredTypes() + "\n";
        }
        DataVersion version = store.version();
        if (Conditional.notModified(request, response, version, format.get().extension())) {
            return "";
        }
        byte[] body = serialised.get(version, () -> serialise(build.apply(version))).get(format.get());
        response.type(format.get().contentType());
        response.raw().setContentLength(body.length);
        return RoutePaths.isHead(request) ? "" : body;
    }

    private Map<Format, byte[]> serialise(Model model) {
        Map<Format, byte[]> bodies = new LinkedHashMap<>();
        for (Format format : formats) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(model).format(format.writer()).output(out);
            bodies.put(format, out.toByteArray());
        }
        return bodies;
    }
}
