package se.linkoping.lod.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

import se.linkoping.lod.model.Iris;

/** The sample data of the server and store tests, loaded into a real TDB2 database. */
public final class TestData {

    /** A base unlike the default, so that tests see IRIs really resolved against it. */
    public static final Iris IRIS = new Iris("https://lod.example.org/");
    /** The number of triples in the sample. */
    public static final long TRIPLES = 73;
    /** The version the sample's dataset resource carries. */
    public static final String DIGEST = "0123abcd";

    private static final String SAMPLE = "sample.ttl";

    private TestData() {
    }

    /** A TDB2 database in {@code directory} holding the sample, its IRIs resolved against {@link #IRIS}. */
    public static DatasetGraph loadTdb2(Path directory) {
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(directory));
        try (InputStream in = TestData.class.getResourceAsStream(SAMPLE)) {
            byte[] turtle = in.readAllBytes();
            Txn.executeWrite(dataset, () -> RDFParser.fromString(new String(turtle, StandardCharsets.UTF_8), Lang.TURTLE)
                    .base(IRIS.base())
                    .parse(dataset));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sample " + SAMPLE, e);
        }
        return dataset;
    }

    /** Writes the dataset as N-Quads (absolute IRIs) to {@code file}, for a server that loads files. */
    public static Path writeNQuads(DatasetGraph dataset, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        return file;
    }

    /** The number of triples in the default graph. */
    public static long countTriples(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
    }
}
