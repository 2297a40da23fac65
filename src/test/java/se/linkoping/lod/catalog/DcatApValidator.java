package se.linkoping.lod.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * Validates a catalogue against DCAT-AP 3.0.1 (mandatory properties and class ranges) and the
 * DCAT-AP-SE additions, with the EU authority tables as background knowledge in the data graph.
 * The files are copies under {@code src/test/resources/catalog/} (see SOURCES.md there).
 */
final class DcatApValidator {

    private static final List<String> SHAPES = List.of(
            "catalog/shapes/dcat-ap-3.0.1-shapes.ttl",
            "catalog/shapes/dcat-ap-3.0.1-range.ttl",
            "catalog/shapes/dcat-ap-se-additions.ttl");
    private static final List<String> VOCABULARIES = List.of(
            "catalog/vocabularies/data-theme-skos.rdf",
            "catalog/vocabularies/file-type.rdf",
            "catalog/vocabularies/access-right-skos.rdf",
            "catalog/vocabularies/frequency.rdf");

    private static final Shapes SHAPES_GRAPH = Shapes.parse(read(SHAPES).getGraph());
    private static final Model BACKGROUND = ModelFactory.createDefaultModel().add(read(VOCABULARIES));

    private DcatApValidator() {
    }

    /** The violations (severity Violation) found in the catalogue, each as a readable line. */
    static List<String> violations(Model catalog) {
        Graph data = ModelFactory.createDefaultModel().add(catalog).add(BACKGROUND).getGraph();
        ValidationReport report = ShaclValidator.get().validate(SHAPES_GRAPH, data);
        return report.getEntries().stream()
                .filter(entry -> entry.severity().equals(Severity.Violation))
                .map(DcatApValidator::describe)
                .toList();
    }

    private static String describe(ReportEntry entry) {
        return entry.focusNode() + " " + entry.resultPath() + ": " + entry.message();
    }

    private static Model read(List<String> resources) {
        Model model = ModelFactory.createDefaultModel();
        for (String resource : resources) {
            try (InputStream in = DcatApValidator.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing test resource " + resource);
                }
                Lang lang = resource.endsWith(".rdf") ? Lang.RDFXML : Lang.TURTLE;
                RDFParser.source(in).lang(lang).base("http://example.org/shapes/").parse(model);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        }
        return model;
    }
}
