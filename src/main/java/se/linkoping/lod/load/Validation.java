package se.linkoping.lod.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What {@code validate} does: parse every RDF file, then run the SHACL shapes found among them over
 * all of it. The ontology is parsed with the data, so that {@code sh:class} sees the class hierarchy.
 */
public final class Validation {

    private Validation() {
    }

    /** The outcome: the files read, and every problem found in them. */
    public record Report(List<Path> files, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * Validates the RDF files under {@code paths}; the shapes are those among the same files.
     *
     * @param base the base IRI relative IRIs are resolved against
     * @throws IllegalArgumentException when a path does not exist or the files hold no shapes
     */
    public static Report run(List<Path> paths, String base) {
        List<Path> files = RdfFiles.find(paths);
        RdfReader reader = new RdfReader(base);
        Graph all = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            reader.read(file, StreamRDFLib.graph(all));
        }
        List<Problem> problems = new ArrayList<>(reader.problems());
        if (problems.isEmpty()) {
            problems.addAll(ShapeCheck.of(all).check(all));
        }
        return new Report(files, problems);
    }
}
