package se.linkoping.lod.server;

import java.nio.ByteBuffer;

import org.eclipse.jetty.compression.EncoderConfig;
import org.eclipse.jetty.compression.EncoderSink;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.gzip.GzipEncoderConfig;
import org.eclipse.jetty.compression.gzip.internal.GzipEncoderSink;
import org.eclipse.jetty.io.Content;

/**
 * Jetty 12.1.1's gzip compression with each response's encoder released once, and never while it
 * encodes. When a client goes away in the middle of a compressed answer, Jetty's encoder is released
 * by every failed write (and again at the end), each time handing its deflater back to the pool:
 * the deflater then served two responses at once, and one of them spun for ever in
 * {@code Deflater.deflate} on input another response had reset (a thread at 100 % of a core, the
 * response never finished). Later Jetty releases an encoder only after its last write.
 */
final class ReleaseOnceGzip extends GzipCompression {

    @Override
    public EncoderSink newEncoderSink(Content.Sink sink, EncoderConfig config) {
        return new Encoder(this, sink, (GzipEncoderConfig) config);
    }

    /** An encoder whose release and encoding exclude each other, and that encodes nothing once released. */
    private static final class Encoder extends GzipEncoderSink {
        private boolean released;

        Encoder(GzipCompression compression, Content.Sink sink, GzipEncoderConfig config) {
            super(compression, sink, config);
        }

        @Override
        protected synchronized WriteRecord encode(boolean last, ByteBuffer content) {
            if (released) {
                throw new IllegalStateException("The gzip encoder of this response was released: the response failed");
            }
            return super.encode(last, content);
        }

        @Override
        protected synchronized void release() {
            if (!released) {
                released = true;
                super.release();
            }
        }
    }
}
