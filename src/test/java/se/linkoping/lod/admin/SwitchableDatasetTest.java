package se.linkoping.lod.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.VersionStamp;

/**
 * The dataset the server serves tells the store of every write and every reload's switch, so the data
 * version the pages (and the kept pages) go by is exact the moment the change is visible, not seconds later.
 */
class SwitchableDatasetTest {

    private static final Iris IRIS = new Iris("http://example.org/");

    @Test
    void theDataVersionFollowsAWriteAndASwitchAtOnce() {
        DatasetGraph first = versioned("first-1");
        SwitchableDataset served = new SwitchableDataset(first);
        LocalStore store = new LocalStore(served, IRIS);
        assertEquals("first-1", store.version().digest());

        Txn.executeWrite(served, () -> VersionStamp.write(served, IRIS, "first-2", Instant.now()));
        assertEquals("first-2", store.version().digest(), "after a write");

        Txn.executeRead(served, () -> served.getDefaultGraph().size());
        assertEquals("first-2", store.version().digest(), "a read changes nothing");

        served.switchTo(versioned("second-1"));
        assertEquals("second-1", store.version().digest(), "after a reload's switch");
    }

    private static DatasetGraph versioned(String digest) {
        DatasetGraph database = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(database, () -> VersionStamp.write(database, IRIS, digest, Instant.EPOCH));
        return database;
    }
}
