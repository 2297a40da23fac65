package se.linkoping.lod.web.catalog;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;

import spark.Request;
import spark.Response;

import se.linkoping.lod.catalog.DumpDistribution;
import se.linkoping.lod.catalog.DumpSet;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.model.MediaTypes.Format;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.http.Conditional;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.HttpError;
import se.linkoping.lod.web.http.Negotiator;
import se.linkoping.lod.web.http.PerVersion;

/**
 * An RDF document built from the data and its dumps (the catalogue, the VoID description): built
 * and serialised once per data version and again once that version's dumps are written (they add
 * the files' sizes), served in the format the client negotiates. It never waits for the dumps: its
 * validators tell the two states apart, so a client holding the one without sizes gets the new one.
 */
final class VersionedRdfDocument {

    private final Site site;
    private final Store store;
    private final Dumps dumps;
    private final Negotiator<Format> negotiation;
    private final List<Format> formats;
    private final BiFunction<DataVersion, List<DumpDistribution>, Model> build;
    private final PerVersion<Basis, Map<Format, byte[]>> serialised = new PerVersion<>();

    /**
     * @param formats the formats offered, the default first
     * @param build   builds the document for a data version and the dumps it lists
     */
    VersionedRdfDocument(Site site, Dumps dumps, List<Format> formats,
                         BiFunction<DataVersion, List<DumpDistribution>, Model> build) {
        this.site = site;
        this.store = site.store();
        this.dumps = dumps;
        this.formats = List.copyOf(formats);
        this.negotiation = new Negotiator<>(formats, Format::mediaType, Format::alsoAccepted);
        this.build = build;
    }

    /** Answers a GET. */
    Object handle(Request request, Response response) {
        response.header("Vary", "Accept");
        Optional<Format> format = negotiation.choose(request.headers("Accept"));
        if (format.isEmpty()) {
            return site.errors().answer(request, response,
                    new HttpError(406, "Not acceptable. Available: " + negotiation.offeredTypes()));
        }
        DataVersion version = store.version();
        Optional<DumpSet> written = dumps.ready(store, version);
        Basis basis = new Basis(version, written.map(DumpSet::written));
        if (Conditional.notModified(request, response, basis.validators(), basis.variant(format.get().extension()))) {
            return "";
        }
        byte[] body = serialised.get(basis, () -> serialise(build.apply(version, dumps.distributions(written))))
                .get(format.get());
        response.type(format.get().contentType());
        response.raw().setContentLength(body.length);
        return Http.isHead(request) ? "" : body;
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

    /**
     * What the document is built from: the data version, and when its dumps were written, if they are.
     */
    private record Basis(DataVersion data, Optional<Instant> dumpsWritten) {

        /** The version the validators follow: the data's digest, modified when the data or, later, its dumps were. */
        DataVersion validators() {
            Instant modified = dumpsWritten.filter(written -> written.isAfter(data.modified())).orElse(data.modified());
            return new DataVersion(data.digest(), modified);
        }

        /** The ETag's variant: the format, marked while the dumps are being written. */
        String variant(String extension) {
            return dumpsWritten.isPresent() ? extension : extension + "-dumps-pending";
        }
    }
}
