package se.linkoping.lod.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/** Runs SHACL shapes over a data graph with Jena SHACL and words each violation for a person. */
public final class ShapeCheck {

    /** Focus nodes per share of the work when several threads check a dataset. */
    private static final int CHUNK = 500;

    private final Shapes shapes;
    private final PrefixMapping prefixes;

    /**
     * @param shapesGraph the graph holding the shapes (other triples in it are ignored)
     * @param prefixes    prefixes used to print property names (e.g. {@code skos:prefLabel})
     */
    private ShapeCheck(Graph shapesGraph, PrefixMapping prefixes) {
        this.shapes = Shapes.parse(shapesGraph);
        this.prefixes = prefixes;
    }

    /**
     * The shapes found in a graph that holds them beside the ontology and the data.
     *
     * @throws IllegalArgumentException when the graph holds no shapes: nothing would be checked
     */
    public static ShapeCheck of(Graph graph) {
        ShapeCheck check = new ShapeCheck(graph, PrefixMapping.Factory.create().setNsPrefixes(graph.getPrefixMapping()).lock());
        if (check.shapes.numShapes() == 0) {
            throw new IllegalArgumentException(
                    "No SHACL shapes among the files: include the folder that holds them (ontology/)");
        }
        return check;
    }

    /** Every violation (and warning) of the data against the shapes, ordered by resource. */
    public List<Problem> check(Graph data) {
        return problems(ShaclValidator.get().validate(shapes, new ClassHierarchyCache(data)).getEntries());
    }

    /**
     * The same for the default graph of a transactional dataset, checked by as many threads as the
     * machine has cores, each in a read transaction of its own: the focus nodes of the shapes are
     * shared out in chunks, so that one large class does not leave the other threads idle.
     */
    public List<Problem> check(DatasetGraph dataset) {
        Queue<Chunk> chunks = new ConcurrentLinkedQueue<>(Txn.calculateRead(dataset, () -> chunks(dataset.getDefaultGraph())));
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), chunks.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "shape-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Collection<ReportEntry>>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                parts.add(pool.submit(() -> Txn.calculateRead(dataset, () -> validate(dataset.getDefaultGraph(), chunks))));
            }
            List<ReportEntry> entries = new ArrayList<>();
            for (Future<Collection<ReportEntry>> part : parts) {
                entries.addAll(part.get());
            }
            return problems(entries);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the shapes", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("Checking the shapes failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Some focus nodes of one shape: a share of the work of {@link #check(DatasetGraph)}. */
    private record Chunk(Shape shape, List<Node> focusNodes) {
    }

    private List<Chunk> chunks(Graph data) {
        List<Chunk> chunks = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            List<Node> focusNodes = List.copyOf(VLib.focusNodes(data, shape));
            for (int from = 0; from < focusNodes.size(); from += CHUNK) {
                chunks.add(new Chunk(shape, focusNodes.subList(from, Math.min(focusNodes.size(), from + CHUNK))));
            }
        }
        return chunks;
    }

    /** Validates chunks taken from the queue until it is empty; what Jena's validator does for all of them. */
    private Collection<ReportEntry> validate(Graph store, Queue<Chunk> chunks) {
        Graph data = new ClassHierarchyCache(store);
        ValidationContext context = ValidationContext.create(shapes, data);
        for (Chunk chunk = chunks.poll(); chunk != null; chunk = chunks.poll()) {
            for (Node focusNode : chunk.focusNodes()) {
                VLib.validateShape(context, data, chunk.shape(), focusNode);
            }
        }
        return context.generateReport().getEntries();
    }

    private List<Problem> problems(Collection<ReportEntry> entries) {
        return entries.stream()
                .map(this::toProblem)
                .sorted(Comparator.comparing(Problem.Violation::resource).thenComparing(Problem.Violation::property)
                        .thenComparing(Problem.Violation::message))
                .map(Problem.class::cast)
                .toList();
    }

    private Problem.Violation toProblem(ReportEntry entry) {
        String property = entry.resultPath() == null ? "(the resource itself)" : entry.resultPath().toString(new Prologue(prefixes));
        StringBuilder message = new StringBuilder(entry.message() == null ? "violates its shape" : entry.message());
        if (entry.value() != null && !mentions(entry.message(), entry.value())) {
            message.append(" (value: ").append(str(entry.value())).append(')');
        }
        return new Problem.Violation(str(entry.focusNode()), property, message.toString());
    }

    private boolean mentions(String message, Node value) {
        return message != null
                && (message.contains(str(value)) || value.isURI() && message.contains(value.getURI()));
    }

    private String str(Node node) {
        return FmtUtils.stringForNode(node, prefixes);
    }
}
