package se.linkoping.lod.web.catalog;

import java.util.List;

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
import se.linkoping.lod.web.http.Http;
import se.linkoping.lod.web.http.PerVersion;

/**
 * The dataset descriptions for machines: the DCAT-AP-SE catalogue at {@code /datasets/dcat}
 * (RDF/XML by default, as Sweden's data portal harvests it; Turtle and JSON-LD by negotiation) and
 * the VoID description at {@code /.well-known/void} (Turtle by default). Both list every dump and
 * never wait for the dumps to be written: the files' sizes appear once they are.
 */
public final class CatalogRoutes implements RouteGroup {

    private static final List<MediaTypes.Format> CATALOG_FORMATS =
            List.of(MediaTypes.RDFXML, MediaTypes.TURTLE, MediaTypes.JSONLD);
    private static final List<MediaTypes.Format> VOID_FORMATS =
            List.of(MediaTypes.TURTLE, MediaTypes.RDFXML, MediaTypes.JSONLD);

    private final CatalogSettings settings;
    private final Dumps dumps;
    private final PerVersion<DataVersion, DatasetFacts> facts = new PerVersion<>();
    private final PerVersion<DataVersion, VoidStatistics> statistics = new PerVersion<>();
    private Store store;
    private Iris iris;
    private CatalogBuilder catalogBuilder;
    private VoidBuilder voidBuilder;

    /**
     * @param settings the publisher and contact the catalogue names
     * @param dumps    the dumps it lists, with the catalogue's fixed description
     */
    public CatalogRoutes(CatalogSettings settings, Dumps dumps) {
        this.settings = settings;
        this.dumps = dumps;
    }

    @Override
    public void register(Site site) {
        this.store = site.store();
        this.iris = site.iris();
        this.catalogBuilder = new CatalogBuilder(iris, settings, dumps.description());
        this.voidBuilder = new VoidBuilder(iris, settings, dumps.description());
        VersionedRdfDocument catalog = new VersionedRdfDocument(site, dumps, CATALOG_FORMATS, this::catalog);
        VersionedRdfDocument voidDescription = new VersionedRdfDocument(site, dumps, VOID_FORMATS, this::voidDescription);
        Http.getAndHead(site.basePath() + CatalogIris.CATALOG, Http.text(catalog::handle));
        Http.getAndHead(site.basePath() + CatalogIris.VOID, Http.text(voidDescription::handle));
    }

    private Model catalog(DataVersion version, List<DumpDistribution> distributions) {
        return catalogBuilder.build(version, facts(version), distributions);
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
