package se.linkoping.lod.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.Namespaces;

/**
 * The data written back as Turtle files, as a maintainer keeps them in {@code data/}: one file per kind
 * of thing by the type part of its IRI ({@code id/project/…} in {@code project.ttl}), each thing's
 * statements together (with the blank nodes it holds), IRIs under the base written relative to it and
 * no {@code BASE} line, so the files load under any base. The vocabulary (ontology and shapes) and the
 * data version's stamp are left out: they have files and a life of their own.
 */
public final class TurtleFiles {

    /** The file of things not under {@code id/{type}/}. */
    public static final String OTHER = "other.ttl";

    private TurtleFiles() {
    }

    /** The data's triples by file name. */
    public static Map<String, Graph> split(Graph data, Iris iris) {
        Map<String, Graph> files = new TreeMap<>();
        Set<Node> subjects = new HashSet<>();
        data.find().forEach(t -> subjects.add(t.getSubject()));
        Node dataset = NodeFactory.createURI(iris.dataset());
        for (Node subject : subjects) {
            if (!subject.isURI() || iris.isVocabulary(subject.getURI())) {
                continue;
            }
            Graph file = files.computeIfAbsent(fileOf(subject.getURI(), iris), name -> {
                Graph g = GraphFactory.createDefaultGraph();
                g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
                return g;
            });
            Deque<Node> todo = new ArrayDeque<>(List.of(subject));
            Set<Node> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                if (!seen.add(node)) {
                    continue;
                }
                for (Triple t : data.find(node, Node.ANY, Node.ANY).toList()) {
                    if (node.equals(dataset) && (t.getPredicate().equals(OWL.versionInfo.asNode())
                            || t.getPredicate().equals(DCTerms.modified.asNode()))) {
                        continue;
                    }
                    file.add(t);
                    if (t.getObject().isBlank()) {
                        todo.push(t.getObject());
                    }
                }
            }
        }
        return files;
    }

    /** Writes the data's files into a folder; the names of the files written. */
    public static List<String> write(Graph data, Iris iris, Path folder) {
        Map<String, Graph> files = split(data, iris);
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, Graph> file : files.entrySet()) {
                try (OutputStream out = Files.newOutputStream(folder.resolve(file.getKey()))) {
                    RDFWriter.source(file.getValue()).base(iris.base()).set(RIOT.symTurtleOmitBase, true)
                            .format(RDFFormat.TURTLE_PRETTY).output(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Turtle files into " + folder, e);
        }
        return List.copyOf(files.keySet());
    }

    private static String fileOf(String iri, Iris iris) {
        String things = iris.base() + "id/";
        if (iri.startsWith(things)) {
            String rest = iri.substring(things.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && rest.substring(0, slash).matches("[A-Za-z0-9_-]+")) {
                return rest.substring(0, slash) + ".ttl";
            }
        }
        return OTHER;
    }
}
