package se.linkoping.lod.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Link;

import se.linkoping.lod.staff.FormShapes.Field;
import se.linkoping.lod.staff.FormShapes.Kind;
import se.linkoping.lod.web.Templates;

/**
 * Checks a change with the shapes before anything is written, on a copy of the data with the change
 * made, and words each violation for the staff in their language: at its field when it is about a field
 * of the thing, else in a list above the form. The write itself is checked again when it commits.
 */
final class EditCheck {

    /** Violations at fields (by key) and elsewhere, worded. */
    record Result(Map<String, List<String>> atFields, List<String> elsewhere) {
        boolean passed() {
            return atFields.isEmpty() && elsewhere.isEmpty();
        }
    }

    private EditCheck() {
    }

    static Result check(Graph data, ThingForm.Change change, Kind kind, Node thing, Locale locale, String lang) {
        Graph copy = GraphFactory.createDefaultGraph();
        data.find().forEach(copy::add);
        change.removed().forEach(copy::delete);
        change.added().forEach(copy::add);
        Shapes shapes = Shapes.parse(copy);
        Labels labels = new Labels(copy, lang);
        Map<String, List<String>> atFields = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        for (ReportEntry entry : ShaclValidator.get().validate(shapes, copy).getEntries()) {
            String message = words(entry, locale);
            if (thing.equals(entry.focusNode()) && entry.resultPath() instanceof P_Link link) {
                Field field = kind.field(link.getNode()).orElse(null);
                if (field != null) {
                    atFields.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(message);
                    continue;
                }
            }
            elsewhere.add(labels.of(entry.focusNode()) + ": " + message);
        }
        return new Result(atFields, elsewhere);
    }

    /** A violation in the staff's language: by its kind of constraint, else the shape's own message. */
    private static String words(ReportEntry entry, Locale locale) {
        Node component = entry.sourceConstraintComponent();
        if (component != null && component.isURI()) {
            try {
                return Templates.message("staff.violation." + component.getLocalName(), locale);
            } catch (IllegalArgumentException noWords) {
                // the constraint has no words of its own: the shape's message says it
            }
        }
        return entry.message() == null ? Templates.message("staff.violation.other", locale) : entry.message();
    }
}
