package se.linkoping.lod.history;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The difference between two graphs, resource by resource, streamed: each subject that is not a blank
 * node is compared by its {@link Descriptions description} in both, and each one that differs is
 * handed to a {@link Listener} with the triples deleted and added, then forgotten. Memory holds one
 * description at a time, whatever the size of the graphs.
 *
 * <p>Triples without blank nodes are compared one by one; the blank nodes of a description are compared
 * as a whole (two loads of the same file give other blank nodes), and when they differ the old ones are
 * deleted and the new ones added. Both graphs are read in the order of their subjects, as TDB2's
 * subject index gives them: a subject's triples come together.
 */
public final class GraphDiff {

    /** Told of each resource whose description differs. */
    public interface Listener {
        /**
         * @param subject the resource
         * @param deleted the triples of its description only in the graph before
         * @param added   the triples of its description only in the graph after
         * @param after   its whole description after (empty: it is gone)
         */
        void changed(Node subject, List<Triple> deleted, List<Triple> added, List<Triple> after);
    }

    /** What a comparison found. */
    public record Counts(long resources, long deleted, long added) {
    }

    private GraphDiff() {
    }

    /** Compares the two graphs, in the caller's read transactions on both. */
    public static Counts compare(Graph before, Graph after, Listener listener) {
        long[] counts = new long[3];
        Listener counting = (subject, deleted, added, description) -> {
            counts[0]++;
            counts[1] += deleted.size();
            counts[2] += added.size();
            listener.changed(subject, deleted, added, description);
        };
        forEachSubject(before, subject -> compare(subject, before, after, counting));
        forEachSubject(after, subject -> {
            if (!before.contains(subject, Node.ANY, Node.ANY)) {
                List<Triple> description = Descriptions.of(after, subject);
                counting.changed(subject, List.of(), description, description);
            }
        });
        return new Counts(counts[0], counts[1], counts[2]);
    }

    private static void compare(Node subject, Graph before, Graph after, Listener listener) {
        List<Triple> old = Descriptions.of(before, subject);
        List<Triple> now = Descriptions.of(after, subject);
        if (same(old, now)) {
            return;
        }
        Set<Triple> oldGround = ground(old);
        Set<Triple> nowGround = ground(now);
        boolean blankNodesDiffer = !isomorphic(blank(old), blank(now));
        List<Triple> deleted = new ArrayList<>();
        List<Triple> added = new ArrayList<>();
        oldGround.stream().filter(t -> !nowGround.contains(t)).forEach(deleted::add);
        nowGround.stream().filter(t -> !oldGround.contains(t)).forEach(added::add);
        if (blankNodesDiffer) {
            deleted.addAll(blank(old));
            added.addAll(blank(now));
        }
        if (!deleted.isEmpty() || !added.isEmpty()) {
            listener.changed(subject, deleted, added, now);
        }
    }

    private static boolean same(List<Triple> old, List<Triple> now) {
        return old.size() == now.size() && ground(old).equals(ground(now)) && isomorphic(blank(old), blank(now));
    }

    private static Set<Triple> ground(List<Triple> description) {
        Set<Triple> ground = new LinkedHashSet<>();
        description.stream().filter(t -> !Descriptions.hasBlankNode(t)).forEach(ground::add);
        return ground;
    }

    private static List<Triple> blank(List<Triple> description) {
        return description.stream().filter(Descriptions::hasBlankNode).toList();
    }

    private static boolean isomorphic(List<Triple> a, List<Triple> b) {
        if (a.size() != b.size()) {
            return false;
        }
        if (a.isEmpty()) {
            return true;
        }
        Graph ga = GraphFactory.createPlainGraph();
        Graph gb = GraphFactory.createPlainGraph();
        a.forEach(ga::add);
        b.forEach(gb::add);
        return ga.isIsomorphicWith(gb);
    }

    /** Calls the action once per subject of the graph that is not a blank node, in the graph's order. */
    static void forEachSubject(Graph graph, Consumer<Node> action) {
        ExtendedIterator<Triple> triples = graph.find();
        try {
            Node last = null;
            while (triples.hasNext()) {
                Node subject = triples.next().getSubject();
                if (subject.equals(last)) {
                    continue;
                }
                last = subject;
                if (!subject.isBlank()) {
                    action.accept(subject);
                }
            }
        } finally {
            triples.close();
        }
    }
}
