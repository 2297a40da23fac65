package se.linkoping.lod.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;

import se.linkoping.lod.admin.ChangeLog;
import se.linkoping.lod.staff.FormShapes.Field;
import se.linkoping.lod.staff.FormShapes.Kind;
import se.linkoping.lod.web.Templates;

/**
 * Changes in words for the staff: who, when, what kind of change, and each triple as "added: programme
 * Erasmus+" with the labels of the thing, the field and the value from the data and the shapes, not IRIs.
 */
final class ChangeWords {

    /** The most lines shown for one change; the rest are counted. */
    static final int MOST_LINES = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

    /** One triple in words. */
    record Line(String verb, String thing, String field, String value) {
    }

    /** One change in words. */
    record Entry(String name, String when, String whenIso, String who, String what, List<Line> lines, long more,
                 boolean edit) {
    }

    private final Graph graph;
    private final List<Kind> kinds;
    private final Labels labels;
    private final String lang;
    private final Locale locale;

    ChangeWords(Graph graph, List<Kind> kinds, String lang, Locale locale) {
        this.graph = graph;
        this.kinds = kinds;
        this.labels = new Labels(graph, lang);
        this.lang = lang;
        this.locale = locale;
    }

    /** A change of the log in words. */
    Entry entry(ChangeLog.Entry entry) {
        List<Line> lines = new ArrayList<>();
        ChangeLog.Triples changes = entry.triples();
        List<Triple> removed = changes.deleted();
        List<Triple> added = changes.added();
        long total = removed.isEmpty() && added.isEmpty() ? entry.size() : removed.size() + added.size();
        removed.stream().limit(MOST_LINES).forEach(t -> lines.add(line("staff.words.removed", t)));
        added.stream().limit(Math.max(0, MOST_LINES - lines.size())).forEach(t -> lines.add(line("staff.words.added", t)));
        return new Entry(entry.name(), WHEN.format(entry.created()), entry.created().toString(), entry.creator(),
                operation(entry.operation()), lines, total - lines.size(), entry.isEdit());
    }

    /** Triples removed and added, in words, for a preview. */
    List<Line> lines(List<Triple> removed, List<Triple> added) {
        List<Line> lines = new ArrayList<>();
        removed.forEach(t -> lines.add(line("staff.words.removed", t)));
        added.forEach(t -> lines.add(line("staff.words.added", t)));
        return lines;
    }

    private Line line(String verb, Triple t) {
        return new Line(Templates.message(verb, locale), labels.of(t.getSubject()), field(t.getPredicate()),
                labels.value(t.getObject()));
    }

    /** A property's name: the shapes' name for it, else the ontology's label, else its local name. */
    String field(Node property) {
        for (Kind kind : kinds) {
            for (Field field : kind.fields()) {
                if (field.path().equals(property) && field.names().containsKey(lang)) {
                    return field.name(lang);
                }
            }
        }
        for (Triple t : graph.find(property, RDFS.label.asNode(), Node.ANY).toList()) {
            if (t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage())) {
                return t.getObject().getLiteralLexicalForm();
            }
        }
        return property.isURI() ? property.getLocalName() : property.toString();
    }

    /** An operation in words: its first word from the messages, the rest as it is. */
    private String operation(String operation) {
        int space = operation.indexOf(' ');
        String verb = space < 0 ? operation : operation.substring(0, space);
        try {
            return Templates.message("staff.op." + verb, locale);
        } catch (IllegalArgumentException unknown) {
            return operation;
        }
    }
}
