package se.linkoping.lod.load;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Passes a stream on and keeps a copy of its default-graph triples in memory, as long as they fit in
 * a budget: what the shapes are checked against while the bulk loader is still building the store's
 * indexes. Past the budget the copy is dropped, and the shapes are checked in the store once it is
 * built. Triples in named graphs are passed on, not copied: the shapes check the default graph.
 */
final class MemoryCopy extends StreamRDFWrapper {

    /** A generous estimate of the heap one triple takes in an in-memory graph (measured: about 300–500 bytes). */
    static final long BYTES_PER_TRIPLE = 1024;

    private final long maxTriples;
    private Graph copy = GraphFactory.createDefaultGraph();
    private long copied;

    /** @param maxTriples how many triples may be copied before the copy is given up */
    MemoryCopy(StreamRDF destination, long maxTriples) {
        super(destination);
        this.maxTriples = maxTriples;
    }

    /** The budget this JVM allows: half its maximum heap. */
    static long heapBudget() {
        return Runtime.getRuntime().maxMemory() / 2 / BYTES_PER_TRIPLE;
    }

    @Override
    public void triple(Triple triple) {
        keep(triple);
        super.triple(triple);
    }

    /** Prefixes are kept too: the problems name properties with them, as the store's check does. */
    @Override
    public void prefix(String prefix, String iri) {
        if (copy != null) {
            copy.getPrefixMapping().setNsPrefix(prefix, iri);
        }
        super.prefix(prefix, iri);
    }

    @Override
    public void quad(Quad quad) {
        if (quad.isDefaultGraph()) {
            keep(quad.asTriple());
        }
        super.quad(quad);
    }

    /** The copy of every default-graph triple streamed, or empty when they did not fit. */
    Optional<Graph> copy() {
        return Optional.ofNullable(copy);
    }

    private void keep(Triple triple) {
        if (copy == null) {
            return;
        }
        copy.add(triple);
        if (++copied > maxTriples) {
            copy = null;
        }
    }
}
