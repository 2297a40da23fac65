package se.linkoping.lod.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

import se.linkoping.lod.staff.FormShapes.Field;
import se.linkoping.lod.staff.FormShapes.FieldType;
import se.linkoping.lod.staff.FormShapes.Kind;

/**
 * A thing's form, generated from its kind's fields: what the form shows (from the data, or from what
 * was sent), and what a sent form means as triples. Pure functions of the graph and the form.
 *
 * <p>Form names: a text-by-language field {@code f3} has one input per language ({@code f3.sv},
 * {@code f3.en}); every other field sends its values under its key, as many as it has.
 */
final class ThingForm {

    private static final Pattern YEAR = Pattern.compile("-?[0-9]{4}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    private ThingForm() {
    }

    /** One input of a field. */
    record Input(String name, String value, String lang) {
    }

    /** One option of a choice. */
    record Option(String value, String label, boolean selected) {
    }

    /** A field as the form shows it. */
    record FieldView(String key, String label, String help, String type, boolean required, boolean repeatable,
                     List<Input> inputs, List<Option> options, List<String> errors) {
    }

    /** A sent form read as triples: the values of each field by path, and the problems found in them. */
    record Parsed(Map<Node, List<Node>> values, Map<String, List<String>> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The form's values of a thing as they are in the data (nothing for a new thing). */
    static Map<String, List<String>> values(Kind kind, Graph graph, Node thing) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (Field field : kind.fields()) {
            List<Node> objects = thing == null ? List.of() : graph.find(thing, field.path(), Node.ANY)
                    .mapWith(Triple::getObject).toList();
            if (field.type() == FieldType.TEXT_BY_LANGUAGE) {
                for (String lang : field.languages()) {
                    objects.stream().filter(o -> o.isLiteral() && lang.equals(o.getLiteralLanguage())).findFirst()
                            .ifPresent(o -> form.put(field.key() + "." + lang, List.of(o.getLiteralLexicalForm())));
                }
            } else if (field.type() == FieldType.CHOICE) {
                List<String> indexes = new ArrayList<>();
                for (Node o : objects) {
                    int i = field.choices().indexOf(o);
                    if (i >= 0) {
                        indexes.add(Integer.toString(i));
                    }
                }
                form.put(field.key(), indexes);
            } else {
                form.put(field.key(), objects.stream().map(o -> o.isURI() ? o.getURI() : o.getLiteralLexicalForm())
                        .sorted().toList());
            }
        }
        return form;
    }

    /** The fields of the form, filled with these values, with these problems at their fields. */
    static List<FieldView> view(Kind kind, Graph graph, Map<String, List<String>> form, Map<String, List<String>> errors,
                                String lang, String base) {
        Labels labels = new Labels(graph, lang);
        List<FieldView> views = new ArrayList<>();
        for (Field field : kind.fields()) {
            List<Input> inputs = new ArrayList<>();
            List<Option> options = new ArrayList<>();
            List<String> sent = form.getOrDefault(field.key(), List.of());
            switch (field.type()) {
                case TEXT_BY_LANGUAGE -> field.languages().forEach(l -> inputs.add(new Input(field.key() + "." + l,
                        form.getOrDefault(field.key() + "." + l, List.of("")).get(0), l)));
                case LINK -> candidates(graph, field, base).forEach(c -> options.add(new Option(c.getURI(),
                        labels.of(c), sent.contains(c.getURI()))));
                case CHOICE -> {
                    for (int i = 0; i < field.choices().size(); i++) {
                        options.add(new Option(Integer.toString(i), labels.value(field.choices().get(i)),
                                sent.contains(Integer.toString(i))));
                    }
                }
                default -> {
                    sent.stream().filter(v -> !v.isBlank()).forEach(v -> inputs.add(new Input(field.key(), v, null)));
                    if (inputs.isEmpty() || field.repeatable()) {
                        inputs.add(new Input(field.key(), "", null));
                    }
                }
            }
            if (field.type() == FieldType.LINK) {
                options.sort(Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER));
            }
            views.add(new FieldView(field.key(), field.name(lang), field.description(lang),
                    field.type().name().toLowerCase(), field.required(), field.repeatable(), inputs, options,
                    errors.getOrDefault(field.key(), List.of())));
        }
        return views;
    }

    /** The things a link field may point to: those of its class or a subclass, or any thing under the base. */
    static List<Node> candidates(Graph graph, Field field, String base) {
        Set<Node> things = new LinkedHashSet<>();
        if (field.linkClass() == null) {
            graph.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEach(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(base + "id/")) {
                    things.add(t.getSubject());
                }
            });
        } else {
            for (Node c : subclasses(graph, field.linkClass())) {
                graph.find(Node.ANY, RDF.type.asNode(), c).forEach(t -> {
                    if (t.getSubject().isURI()) {
                        things.add(t.getSubject());
                    }
                });
            }
        }
        return List.copyOf(things);
    }

    private static Set<Node> subclasses(Graph graph, Node top) {
        Set<Node> all = new HashSet<>();
        List<Node> todo = new ArrayList<>(List.of(top));
        while (!todo.isEmpty()) {
            Node c = todo.remove(todo.size() - 1);
            if (all.add(c)) {
                graph.find(Node.ANY, RDFS.subClassOf.asNode(), c).forEach(t -> todo.add(t.getSubject()));
            }
        }
        return all;
    }

    /** What a sent form means: its values as RDF terms, and a problem at each field whose value is not of its kind. */
    static Parsed parse(Kind kind, Map<String, List<String>> form, Graph graph, String base) {
        Map<Node, List<Node>> values = new LinkedHashMap<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Field field : kind.fields()) {
            List<Node> nodes = new ArrayList<>();
            List<String> sent = form.getOrDefault(field.key(), List.of()).stream().map(String::strip)
                    .filter(v -> !v.isEmpty()).toList();
            switch (field.type()) {
                case TEXT_BY_LANGUAGE -> field.languages().forEach(l -> form.getOrDefault(field.key() + "." + l, List.of())
                        .stream().map(String::strip).filter(v -> !v.isEmpty())
                        .forEach(v -> nodes.add(NodeFactory.createLiteralLang(v, l))));
                case LINK -> {
                    List<Node> allowed = candidates(graph, field, base);
                    for (String v : sent) {
                        Node n = NodeFactory.createURI(v);
                        if (allowed.contains(n)) {
                            nodes.add(n);
                        } else {
                            error(errors, field, "staff.error.link");
                        }
                    }
                }
                case CHOICE -> sent.forEach(v -> {
                    if (INTEGER.matcher(v).matches() && Integer.parseInt(v) < field.choices().size()) {
                        nodes.add(field.choices().get(Integer.parseInt(v)));
                    } else {
                        error(errors, field, "staff.error.choice");
                    }
                });
                case YEAR -> typed(sent, YEAR, XSD.gYear.getURI(), nodes, errors, field, "staff.error.year");
                case DATE -> typed(sent, DATE, XSD.date.getURI(), nodes, errors, field, "staff.error.date");
                case INTEGER -> typed(sent, INTEGER, XSD.integer.getURI(), nodes, errors, field, "staff.error.integer");
                case IRI -> sent.forEach(v -> {
                    if (IRIs.check(v) && v.contains(":")) {
                        nodes.add(NodeFactory.createURI(v));
                    } else {
                        error(errors, field, "staff.error.iri");
                    }
                });
                default -> sent.forEach(v -> nodes.add(field.datatype() == null ? NodeFactory.createLiteralString(v)
                        : NodeFactory.createLiteralDT(v, TypeMapper.getInstance().getSafeTypeByName(field.datatype().getURI()))));
            }
            values.put(field.path(), nodes);
        }
        return new Parsed(values, errors);
    }

    /** The change a parsed form makes to a thing: the triples of its fields removed and added (the fixed ones for a new thing). */
    static Change change(Kind kind, Graph graph, Node thing, Parsed parsed, boolean isNew) {
        Set<Triple> before = new LinkedHashSet<>();
        Set<Triple> after = new LinkedHashSet<>();
        for (Field field : kind.fields()) {
            graph.find(thing, field.path(), Node.ANY).forEach(before::add);
            parsed.values().getOrDefault(field.path(), List.of()).forEach(v -> after.add(Triple.create(thing, field.path(), v)));
        }
        if (isNew) {
            after.add(Triple.create(thing, RDF.type.asNode(), kind.targetClass()));
            kind.fixed().forEach(t -> after.add(Triple.create(thing, t.getPredicate(), t.getObject())));
        }
        List<Triple> removed = before.stream().filter(t -> !after.contains(t)).toList();
        List<Triple> added = after.stream().filter(t -> !before.contains(t) && !graph.contains(t)).toList();
        return new Change(removed, added);
    }

    /** Triples removed and added by one change. */
    record Change(List<Triple> removed, List<Triple> added) {
        boolean isEmpty() {
            return removed.isEmpty() && added.isEmpty();
        }
    }

    private static void typed(List<String> sent, Pattern pattern, String datatype, List<Node> nodes,
                              Map<String, List<String>> errors, Field field, String problem) {
        for (String v : sent) {
            if (pattern.matcher(v).matches()) {
                nodes.add(NodeFactory.createLiteralDT(v, TypeMapper.getInstance().getSafeTypeByName(datatype)));
            } else {
                error(errors, field, problem);
            }
        }
    }

    private static void error(Map<String, List<String>> errors, Field field, String key) {
        List<String> list = errors.computeIfAbsent(field.key(), k -> new ArrayList<>());
        if (!list.contains(key)) {
            list.add(key);
        }
    }
}
