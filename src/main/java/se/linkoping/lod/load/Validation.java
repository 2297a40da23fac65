package se.linkoping.lod.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What {@code validate} does: parse every RDF file, then run the SHACL shapes (the project's, or
 * those named, and any among the files) over all of it, with the rest of the data beside it. The ontology is parsed with the data, so that {@code sh:class} sees the class hierarchy.
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
     * Validates the RDF files under {@code paths} against the shapes among them.
     *
     * @param base the base IRI relative IRIs are resolved against
     * @throws IllegalArgumentException when a path does not exist or the files hold no shapes
     */
    public static Report run(List<Path> paths, String base) {
        return run(paths, List.of(), List.of(), base);
    }

    /**
     * Validates the RDF files under {@code paths} against the shapes in the files under {@code shapes}
     * (read with them, so that the ontology beside the shapes gives {@code sh:class} its class
     * hierarchy) and any among the files themselves, with the files under {@code context} (the rest of
     * the data) read beside them for the resources they link to. When there is such context, only the
     * resources the checked files describe are reported on. A file under several of these is read once.
     *
     * @param base the base IRI relative IRIs are resolved against
     * @throws IllegalArgumentException when a path does not exist or no file holds shapes
     */
    public static Report run(List<Path> paths, List<Path> shapes, List<Path> context, String base) {
        List<Path> files = RdfFiles.find(paths);
        Set<Path> seen = new HashSet<>();
        files.forEach(f -> seen.add(f.toAbsolutePath().normalize()));
        List<Path> shapeFiles = others(shapes, seen);
        List<Path> contextFiles = others(context, seen);
        RdfReader reader = new RdfReader(base);
        Graph all = GraphFactory.createDefaultGraph();
        for (Path file : files) {
            reader.read(file, StreamRDFLib.graph(all));
        }
        Set<String> described = new HashSet<>();
        all.find().forEachRemaining(t -> described.add(t.getSubject().isURI() ? "<" + t.getSubject().getURI() + ">"
                : t.getSubject().toString()));
        for (Path file : shapeFiles) {
            reader.read(file, StreamRDFLib.graph(all));
        }
        for (Path file : contextFiles) {
            reader.read(file, StreamRDFLib.graph(all));
        }
        List<Problem> problems = new ArrayList<>(reader.problems());
        if (problems.isEmpty()) {
            ShapeCheck.of(all).check(all).stream()
                    .filter(p -> contextFiles.isEmpty() || !(p instanceof Problem.Violation v)
                            || described.contains(v.resource()) || !v.resource().startsWith("<"))
                    .forEach(problems::add);
        }
        return new Report(files, problems);
    }

    /** The RDF files under those of {@code paths} that exist, but for those already {@code seen} (which grows). */
    private static List<Path> others(List<Path> paths, Set<Path> seen) {
        List<Path> existing = paths.stream().filter(Files::exists).toList();
        if (existing.isEmpty()) {
            return List.of();
        }
        return RdfFiles.find(existing).stream().filter(f -> seen.add(f.toAbsolutePath().normalize())).toList();
    }
}
