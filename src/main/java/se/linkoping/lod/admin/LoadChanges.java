package se.linkoping.lod.admin;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFChanges;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.history.GraphDiff;
import se.linkoping.lod.history.History;
import se.linkoping.lod.load.Loader;
import se.linkoping.lod.store.StoreDirectory;

/**
 * The record of a load of the data files (at start, a reload, an upload): the difference between the
 * graph served before and the graph served after, streamed resource by resource into the change log
 * as an RDF Patch and into the {@link History} as the new versions of the resources that changed.
 */
public final class LoadChanges {

    private static final Logger LOG = LoggerFactory.getLogger(LoadChanges.class);

    private LoadChanges() {
    }

    /**
     * What a load changed.
     *
     * @param entry the change log's record of it
     */
    public record Recorded(Path entry, GraphDiff.Counts counts) {
    }

    /**
     * Records a load.
     *
     * @param before the database served before, or null when there was none
     * @param after  the database served after
     */
    public static Recorded record(ChangeLog log, History history, DatasetGraph before, DatasetGraph after,
                                  Instant when, String who, String operation, String version) {
        GraphDiff.Counts[] counts = new GraphDiff.Counts[1];
        Path entry = Txn.calculateRead(after, () -> before == null
                ? write(log, history, GraphFactory.createPlainGraph(), after.getDefaultGraph(), when, who, operation,
                        version, counts)
                : Txn.calculateRead(before, () -> write(log, history, before.getDefaultGraph(),
                        after.getDefaultGraph(), when, who, operation, version, counts)));
        LOG.info("{}: {} resource(s) changed, {} triple(s) deleted, {} added", operation, counts[0].resources(),
                counts[0].deleted(), counts[0].added());
        return new Recorded(entry, counts[0]);
    }

    /**
     * Records a load that has just put a new database in service in the store folder, against the one it
     * served before (opened here and released after); a history without versions first gets the
     * versions of the data served before. The first load into an empty store, with no history yet, has
     * nothing to compare: its entry says how many triples it added and holds none, and its versions are
     * the history's first, made from the data when it is first served or before the next load.
     *
     * @param before the database served before the load, if there was one
     */
    public static Recorded afterLoad(StoreDirectory directory, Optional<Path> before, ChangeLog log, History history,
                                     Instant when, String who, String operation, String version) {
        if (before.isEmpty() && history.isEmpty()) {
            return firstLoad(log, directory, when, who, operation, version);
        }
        DatasetGraph previous = before.map(path -> DatabaseMgr.connectDatasetGraph(Location.create(path))).orElse(null);
        try {
            if (previous != null) {
                history.baselineIfEmpty(previous);
            }
            return record(log, history, previous, directory.openCurrent(), when, who, operation, version);
        } finally {
            if (previous != null) {
                StoreDirectory.release(previous);
            }
        }
    }

    private static Recorded firstLoad(ChangeLog log, StoreDirectory directory, Instant when, String who,
                                      String operation, String version) {
        long triples = directory.currentLoadInfo().map(info -> Long.parseLong(info.getProperty(Loader.TRIPLES)))
                .orElseThrow(() -> new IllegalStateException("No load recorded in " + directory.root()));
        Path entry = log.recordFirstLoad(when, who, operation, version, triples);
        LOG.info("{}: the first load into an empty store, {} triple(s) added; their versions are made when the data "
                + "is first served", operation, triples);
        return new Recorded(entry, new GraphDiff.Counts(0, 0, triples));
    }

    private static Path write(ChangeLog log, History history, Graph before, Graph after, Instant when, String who,
                              String operation, String version, GraphDiff.Counts[] counts) {
        try (History.Recorder versions = history.recorder(when)) {
            return log.record(when, who, operation, version, changes -> {
                changes.txnBegin();
                counts[0] = GraphDiff.compare(before, after, (subject, deleted, added, description) -> {
                    deleted.forEach(t -> delete(changes, t));
                    added.forEach(t -> add(changes, t));
                    versions.version(subject, description);
                });
                changes.txnCommit();
            });
        }
    }

    private static void add(RDFChanges changes, Triple t) {
        changes.add(null, t.getSubject(), t.getPredicate(), t.getObject());
    }

    private static void delete(RDFChanges changes, Triple t) {
        changes.delete(null, t.getSubject(), t.getPredicate(), t.getObject());
    }
}
