package se.linkoping.lod.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.jena.graph.Node;

/**
 * Numbers things of one kind (towns, partners) and keeps a bounded random sample of those written,
 * so later municipalities can link to earlier things without the generator holding them all.
 */
final class Pool {

    private final int capacity;
    private final List<Node> sample = new ArrayList<>();
    private long written;

    Pool(int capacity) {
        this.capacity = capacity;
    }

    /** The number of the next thing of this kind. */
    long next() {
        return ++written;
    }

    /** Offers a written thing to the sample (reservoir sampling). */
    void offer(Node thing, SplittableRandom random) {
        if (sample.size() < capacity) {
            sample.add(thing);
        } else {
            long slot = random.nextLong(written);
            if (slot < capacity) {
                sample.set((int) slot, thing);
            }
        }
    }

    boolean isEmpty() {
        return sample.isEmpty();
    }

    /** One of the sampled things. */
    Node any(SplittableRandom random) {
        return sample.get(random.nextInt(sample.size()));
    }
}
