package se.linkoping.lod.web.query;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.testing.RunningSite;

/**
 * The site the query page's tests run: a TDB2 store holding the five twin towns under a fixed base,
 * with the examples of the test resources on the query page.
 */
final class TwinTownsSite {

    static final Iris IRIS = new Iris("http://localhost:8080/");

    private TwinTownsSite() {
    }

    /** The running site, to start (as an extension, or by hand). */
    static RunningSite site() {
        return RunningSite.over(IRIS, TwinTownsSite::twinTowns).examples(examplesFolder());
    }

    /** The folder of example queries the page is started with. */
    static Path examplesFolder() {
        return resource("examples");
    }

    private static DatasetGraph twinTowns(Path folder, Iris iris) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        Txn.executeWrite(dataset, () -> RDFParser.source(resource("twin-towns.ttl"))
                .base(iris.base())
                .parse(dataset.getDefaultModel()));
        return dataset.asDatasetGraph();
    }

    private static Path resource(String name) {
        try {
            return Path.of(TwinTownsSite.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Test resource " + name + " is missing", e);
        }
    }
}
