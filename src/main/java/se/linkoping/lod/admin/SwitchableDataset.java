package se.linkoping.lod.admin;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.util.Context;

import se.linkoping.lod.store.CountsWrites;

/**
 * The dataset the server serves, which a reload can replace while it serves: every reader (the
 * SPARQL endpoint, the pages) holds this wrapper, and {@link #switchTo} points it at a newly loaded
 * database.
 *
 * <p>A transaction stays on the database it began on: each thread is pinned to the database current
 * when it called {@code begin}, until its transaction ends, so a switch never splits a transaction
 * between two databases. Outside a transaction, calls go to the current database.
 *
 * <p>It counts the write transactions committed through it and the switches ({@link CountsWrites}), so
 * the store can tell the data version unchanged without reading it.
 */
public final class SwitchableDataset extends DatasetGraphWrapper implements CountsWrites {

    private final AtomicLong writes = new AtomicLong();
    private volatile DatasetGraph current;
    private final ThreadLocal<DatasetGraph> pinned = new ThreadLocal<>();

    public SwitchableDataset(DatasetGraph initial) {
        super(initial);
        this.current = initial;
    }

    /** The database new transactions begin on. */
    public DatasetGraph current() {
        return current;
    }

    /**
     * Makes {@code next} the database new transactions begin on; transactions already running finish
     * on the one they began on.
     *
     * @return the database served until now
     */
    public DatasetGraph switchTo(DatasetGraph next) {
        DatasetGraph previous = current;
        current = next;
        writes.incrementAndGet();
        return previous;
    }

    @Override
    public long writes() {
        return writes.get();
    }

    /**
     * The context of the database in use: it names that database's text index, which {@code text:query}
     * reads (the wrapper's own context would keep naming the first database's).
     */
    @Override
    public Context getContext() {
        return get().getContext();
    }

    @Override
    protected DatasetGraph get() {
        DatasetGraph inTransaction = pinned.get();
        return inTransaction != null ? inTransaction : current;
    }

    @Override
    public void begin() {
        pin().begin();
    }

    @Override
    public void begin(TxnType type) {
        pin().begin(type);
    }

    @Override
    public void begin(ReadWrite mode) {
        pin().begin(mode);
    }

    @Override
    public void commit() {
        try {
            boolean write = get().transactionMode() == ReadWrite.WRITE;
            get().commit();
            if (write) {
                writes.incrementAndGet();
            }
        } finally {
            unpinWhenDone();
        }
    }

    @Override
    public void abort() {
        try {
            get().abort();
        } finally {
            unpinWhenDone();
        }
    }

    @Override
    public void end() {
        try {
            get().end();
        } finally {
            unpinWhenDone();
        }
    }

    private DatasetGraph pin() {
        DatasetGraph now = current;
        pinned.set(now);
        return now;
    }

    private void unpinWhenDone() {
        DatasetGraph inTransaction = pinned.get();
        if (inTransaction != null && !inTransaction.isInTransaction()) {
            pinned.remove();
        }
    }
}
