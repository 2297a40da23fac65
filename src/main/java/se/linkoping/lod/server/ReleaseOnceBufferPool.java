package se.linkoping.lod.server;

import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.io.RetainableByteBuffer;

/**
 * A buffer pool whose buffers ignore a release beyond their last: the gzip encoder of Jetty 12.1.1
 * releases its buffer a second time when the client goes away in the middle of a compressed answer
 * ({@code IllegalStateException: already released} in {@code GzipEncoderSink}). Each buffer handed
 * out keeps its own count, so a release too many never reaches the pooled buffer, which may serve
 * another response by then.
 */
final class ReleaseOnceBufferPool implements ByteBufferPool {

    private final ByteBufferPool pool;

    ReleaseOnceBufferPool(ByteBufferPool pool) {
        this.pool = pool;
    }

    @Override
    public RetainableByteBuffer.Mutable acquire(int size, boolean direct) {
        return new Counted(pool.acquire(size, direct));
    }

    @Override
    public void clear() {
        pool.clear();
    }

    /** A pooled buffer with a count of its own. */
    private static final class Counted extends RetainableByteBuffer.Wrapper {
        private final AtomicInteger references = new AtomicInteger(1);

        Counted(RetainableByteBuffer buffer) {
            super(buffer);
        }

        @Override
        public void retain() {
            references.incrementAndGet();
            super.retain();
        }

        @Override
        public boolean release() {
            int before = references.getAndUpdate(count -> count > 0 ? count - 1 : 0);
            return before <= 0 || super.release();
        }
    }
}
