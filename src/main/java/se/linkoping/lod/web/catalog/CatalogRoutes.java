package se.linkoping.lod.web.catalog;

import java.util.List;

import org.apache.jena.rdf.model.Model;

import se.linkoping.lod.catalog.CatalogBuilder;
import se.linkoping.lod.catalog.CatalogDescription;
import se.linkoping.lod.catalog.CatalogIris;
import se.linkoping.lod.catalog.CatalogSettings;
import se.linkoping.lod.catalog.DatasetFacts;
import se.linkoping.lod.catalog.Dumps;
import se.linkoping.lod.catalog.VoidBuilder;
import se.linkoping.lod.catalog.VoidStatistics;
import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.Routes;

/**
 * The dataset descriptions for machines: the DCAT-AP-SE catalogue at {@code /datasets/dcat}
 * (RDF/XML by default, as Sweden's data portal harvests it; Turtle and JSON-LD by negotiation) and
 * the VoID description at {@code /.well-known/void} (Turtle by default).
 */
public final class CatalogRoutes implements Routes {

    private static final List<MediaTypes.Format> CATALOG_FORMATS =
            List.of(MediaTypes.RDFXML, MediaTypes.TURTLE, MediaTypes.JSONLD);
    private static final List<MediaTypes.Format> VOID_FORMATS =
            List.of(MediaTypes.TURTLE, MediaTypes.RDFXML, MediaTypes.JSONLD);

    private final Store store;
    private final Iris iris;
    private final Dumps dumps;
    private final CatalogDescription description;
    private final CatalogBuilder catalogBuilder;
    private final VoidBuilder voidBuilder;

    public CatalogRoutes(Store store, Iris iris, CatalogSettings settings, Dumps dumps) {
        this.store = store;
        this.iris = iris;
        this.dumps = dumps;
        this.description = CatalogDescription.load(iris);
        this.catalogBuilder = new CatalogBuilder(iris, settings, description);
        this.voidBuilder = new VoidBuilder(iris, settings, description);
    }

    @Override
    public void register() {
        VersionedRdfDocument catalog = new VersionedRdfDocument(store, CATALOG_FORMATS, this::catalog);
        VersionedRdfDocument voidDescription = new VersionedRdfDocument(store, VOID_FORMATS, this::voidDescription);
        RoutePaths.getAndHead(iris, CatalogIris.CATALOG, catalog::handle);
        RoutePaths.getAndHead(iris, CatalogIris.VOID, voidDescription::handle);
    }

    private Model catalog(DataVersion version) {
        return catalogBuilder.build(version, DatasetFacts.read(store, iris), dumps.writeIfMissing(store).files());
    }

    private Model voidDescription(DataVersion version) {
        return voidBuilder.build(version, DatasetFacts.read(store, iris),
                VoidStatistics.collect(store, iris, description), dumps.writeIfMissing(store).files());
    }
}
