package se.linkoping.lod.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A resource's whole description: the triples with it as subject and, followed through, those of the
 * blank nodes they reach (its concise bounded description). What a version of a resource holds.
 */
public final class Descriptions {

    private Descriptions() {
    }

    /** The description of the subject in the graph; empty when the graph says nothing of it. */
    public static List<Triple> of(Graph graph, Node subject) {
        List<Triple> description = new ArrayList<>();
        Deque<Node> next = new ArrayDeque<>();
        Set<Node> seen = new HashSet<>();
        next.push(subject);
        seen.add(subject);
        while (!next.isEmpty()) {
            Node node = next.pop();
            graph.find(node, Node.ANY, Node.ANY).forEachRemaining(triple -> {
                description.add(triple);
                if (triple.getObject().isBlank() && seen.add(triple.getObject())) {
                    next.push(triple.getObject());
                }
            });
        }
        return description;
    }

    /** True when the triple names a blank node. */
    static boolean hasBlankNode(Triple triple) {
        return triple.getSubject().isBlank() || triple.getObject().isBlank();
    }
}
