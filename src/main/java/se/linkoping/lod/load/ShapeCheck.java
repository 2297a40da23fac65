package se.linkoping.lod.load;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.util.FmtUtils;

/** Runs SHACL shapes over a data graph with Jena SHACL and words each violation for a person. */
public final class ShapeCheck {

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
        ShapeCheck check = new ShapeCheck(graph, graph.getPrefixMapping());
        if (check.shapes.numShapes() == 0) {
            throw new IllegalArgumentException(
                    "No SHACL shapes among the files: include the folder that holds them (ontology/)");
        }
        return check;
    }

    /** Every violation (and warning) of the data against the shapes, ordered by resource. */
    public List<Problem> check(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream()
                .map(this::toProblem)
                .sorted(Comparator.comparing(Problem.Violation::resource).thenComparing(Problem.Violation::property))
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
