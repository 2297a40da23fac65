package se.linkoping.lod.web.catalog;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;

import se.linkoping.lod.catalog.CatalogBuilder;
import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.DatasetFacts;
import se.linkoping.lod.catalog.DumpDistribution;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.catalog.VoidBuilder;
import se.linkoping.lod.catalog.VoidStatistics;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.RouteGroup;
import se.linkoping.lod.web.Site;
import se.linkoping.lod.web.Variant;
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.Negotiator;
import se.linkoping.lod.web.http.PerVersion;
import se.linkoping.lod.web.view.Links;
import se.linkoping.lod.web.view.PageLanguage;
import spark.Request;
import spark.Response;

/**
 * The dataset descriptions for machines: the DCAT-AP-SE catalogue at {@code /datasets/dcat}
 * (RDF/XML by default, as Sweden's data portal harvests it; Turtle and JSON-LD by negotiation) and
 * the VoID description at {@code /.well-known/void} (Turtle by default). Both list every dump and
 * never wait for the dumps to be written: the files' sizes appear once they are. A browser, which
 * prefers HTML, is sent (303) to the open-data page, which shows the same datasets and dumps to people.
 */
public final class CatalogRoutes implements RouteGroup {

    private static final List<MediaTypes.Format> CATALOG_FORMATS =
            List.of(MediaTypes.RDFXML, MediaTypes.TURTLE, MediaTypes.JSONLD);
    private static final List<MediaTypes.Format> VOID_FORMATS =
            List.of(MediaTypes.TURTLE, MediaTypes.RDFXML, MediaTypes.JSONLD);

    /** The catalogue's formats, the default first, and HTML last: only a client that prefers it gets the page. */
    private static final Negotiator<String> PEOPLE_OR_MACHINES = new Negotiator<>(Stream.concat(
            CATALOG_FORMATS.stream().map(MediaTypes.Format::mediaType), Stream.of(Variant.HTML.mediaType())).toList(),
            type -> type);

    private final CatalogSettings settings;
    private final Dumps dumps;
    private final PerVersion<DataVersion, DatasetFacts> facts = new PerVersion<>();
    private final PerVersion<DataVersion, VoidStatistics> statistics = new PerVersion<>();
    private Store store;
    private Iris iris;
    private CatalogBuilder catalogBuilder;
    private VoidBuilder voidBuilder;
    private final boolean feed;

    /**
     * @param settings the publisher and contact the catalogue names
     * @param dumps    the dumps it lists, with the catalogue's fixed description
     * @param feed     whether the change feed is served, so the catalogue and VoID name it
     */
    public CatalogRoutes(CatalogSettings settings, Dumps dumps, boolean feed) {
        this.settings = settings;
        this.dumps = dumps;
        this.feed = feed;
    }

    @Override
    public void register(Site site) {
        this.store = site.store();
        this.iris = site.iris();
        this.catalogBuilder = new CatalogBuilder(iris, settings, dumps.description(), feed);
        this.voidBuilder = new VoidBuilder(iris, settings, dumps.description(), feed);
        VersionedRdfDocument catalog = new VersionedRdfDocument(site, dumps, CATALOG_FORMATS, this::catalog);
        VersionedRdfDocument voidDescription = new VersionedRdfDocument(site, dumps, VOID_FORMATS, this::voidDescription);
        Http.getAndHead(site.basePath() + CatalogIris.CATALOG, Http.text((request, response) ->
                forPeople(request) ? toOpenDataPage(site, request, response) : catalog.handle(request, response)));
        Http.getAndHead(site.basePath() + CatalogIris.VOID, Http.text(voidDescription::handle));
    }

    /** True when the client prefers HTML to every RDF format of the catalogue, as browsers do. */
    private static boolean forPeople(Request request) {
        return PEOPLE_OR_MACHINES.choose(request.headers("Accept")).filter(Variant.HTML.mediaType()::equals).isPresent();
    }

    /** A browser is sent to the page for people about the same data, in the reader's language. */
    private static Object toOpenDataPage(Site site, Request request, Response response) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        response.header("Vary", "Accept, Accept-Language");
        response.header("Location", new Links(site.iris(), lang).page(OpenDataRoutes.path(site)));
        response.status(303);
        return "";
    }

    private Model catalog(DataVersion version, List<DumpDistribution> distributions) {
        return catalogBuilder.build(version, facts(version), distributions, dumps.keptVersions());
    }

    private Model voidDescription(DataVersion version, List<DumpDistribution> distributions) {
        VoidStatistics counted = statistics.get(version, () -> VoidStatistics.collect(store, iris, dumps.description()));
        return voidBuilder.build(version, facts(version), counted, distributions);
    }

    /** What the data says about itself, read once per version (each document is built twice: before and after the dumps). */
    private DatasetFacts facts(DataVersion version) {
        return facts.get(version, () -> DatasetFacts.read(store, iris));
    }
}
