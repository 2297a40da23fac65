package se.linkoping.lod.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.RDFS;

/**
 * A read-only view of a graph that remembers the superclasses of each class it is asked about.
 *
 * <p>Jena's SHACL checks {@code sh:class} by walking the {@code rdfs:subClassOf} chain of the value's
 * types, anew for every value: on a large store that walk was a third of the whole validation. The
 * classes are few (those of the ontology), so their superclasses are kept after the first walk. One
 * view per thread: it is not safe for concurrent use, and the data must not change while it is used.
 */
final class ClassHierarchyCache extends WrappedGraph {

    private static final Node SUBCLASS_OF = RDFS.subClassOf.asNode();

    private final Map<Node, List<Triple>> superclasses = new HashMap<>();

    ClassHierarchyCache(Graph graph) {
        super(graph);
    }

    @Override
    public ExtendedIterator<Triple> find(Triple pattern) {
        return find(pattern.getSubject(), pattern.getPredicate(), pattern.getObject());
    }

    @Override
    public ExtendedIterator<Triple> find(Node subject, Node predicate, Node object) {
        if (SUBCLASS_OF.equals(predicate) && subject != null && subject.isConcrete()
                && (object == null || Node.ANY.equals(object))) {
            List<Triple> found = superclasses.computeIfAbsent(subject,
                    s -> super.find(s, SUBCLASS_OF, Node.ANY).toList());
            return WrappedIterator.create(found.iterator());
        }
        return super.find(subject, predicate, object);
    }
}
