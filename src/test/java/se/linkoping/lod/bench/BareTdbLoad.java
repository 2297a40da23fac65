package se.linkoping.lod.bench;

import java.nio.file.Path;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jena's TDB2 bulk loader alone, as {@code tdb2.tdbloader} runs it (the default, phased loader), in
 * a JVM of its own: the yardstick for our {@code load}. Relative IRIs resolve against the base given,
 * as in our loader, so both build the same database.
 *
 * <p>{@code BareTdbLoad DATABASE BASE FILE...}; prints {@code Loaded N triples in S s}.
 */
public final class BareTdbLoad {

    private static final Logger LOG = LoggerFactory.getLogger(BareTdbLoad.class);

    private BareTdbLoad() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[0])));
        DataLoader loader = LoaderFactory.createLoader(dataset, (format, values) -> LOG.info(String.format(format, values)));
        loader.startBulk();
        try {
            for (int i = 2; i < args.length; i++) {
                RDFParser.source(Path.of(args[i])).base(args[1]).parse(loader.stream());
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        long triples = Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
        System.out.printf("Loaded %d triples in %.1f s%n", triples, (System.nanoTime() - start) / 1e9);
        System.out.flush();
        // As tdb2.tdbloader does: end the JVM, whose database threads would otherwise keep it running.
        System.exit(0);
    }
}
