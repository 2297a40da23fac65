package se.linkoping.lod.store;

import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.store.Directory;

/**
 * A Lucene text index that only the transaction which changed it rolls back.
 *
 * <p>jena-text puts the index into TDB2's transactions and rolls the index back when any transaction
 * aborts, a read too (a dump abandoned half-way, a query cut off); the rollback drops the shared
 * writer's pending changes and leaves it unset for a moment, so the write running at that time lost its
 * index entries or failed. Here the changes are owned by the thread that made them (TDB2 runs one write
 * at a time, each on one thread): an abort on another thread, or of a transaction that changed nothing,
 * leaves the index alone.
 */
final class WriterOwnedLuceneIndex extends TextIndexLucene {

    private Thread changedBy;

    WriterOwnedLuceneIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
    }

    @Override
    public synchronized void addEntity(Entity entity) {
        changedBy = Thread.currentThread();
        super.addEntity(entity);
    }

    @Override
    public synchronized void updateEntity(Entity entity) {
        changedBy = Thread.currentThread();
        super.updateEntity(entity);
    }

    @Override
    public synchronized void deleteEntity(Entity entity) {
        changedBy = Thread.currentThread();
        super.deleteEntity(entity);
    }

    @Override
    public synchronized void prepareCommit() {
        super.prepareCommit();
    }

    @Override
    public synchronized void commit() {
        super.commit();
        changedBy = null;
    }

    @Override
    public synchronized void rollback() {
        if (changedBy == Thread.currentThread()) {
            super.rollback();
            changedBy = null;
        }
    }
}
