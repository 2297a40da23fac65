package se.linkoping.lod.load;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Changes laid over the data files at every load: the loader reads and checks the files into a new
 * database, then hands it to the layer before the database is stamped and put in service.
 */
public interface Layer {

    /** No layer: the files alone. */
    Layer NONE = new Layer() {
        @Override
        public String applyTo(DatasetGraph database, String filesDigest) {
            return filesDigest;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }
    };

    /**
     * True when the layer holds nothing to apply, so the data served is the files': the loader then
     * builds the text index while it checks the shapes, rather than after the layer.
     */
    boolean isEmpty();

    /**
     * Applies the layer to a freshly loaded database, in transactions of its own.
     *
     * @param filesDigest the digest of the files just loaded
     * @return the data version to stamp: {@code filesDigest} when the layer changed nothing
     */
    String applyTo(DatasetGraph database, String filesDigest);
}
