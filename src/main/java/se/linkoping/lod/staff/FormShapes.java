package se.linkoping.lod.staff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The kinds of things the SHACL node shapes describe and the fields of their forms, read from the
 * shapes themselves: each node shape with an {@code sh:targetClass} is a kind (named by its
 * {@code sh:name}, explained by its {@code sh:description}); each of its property shapes with a
 * predicate path is a field, its label and help the property shape's {@code sh:name} and
 * {@code sh:description}. Property shapes on the same path are one field, with the constraints of all.
 * A property whose values are structures of their own ({@code sh:node}, such as a town's point) is no
 * field: a saved form keeps its triples as they are.
 * A pure function of the shapes graph: a new property shape is a new field, without a code change.
 */
public final class FormShapes {

    /** The properties that name a thing, in order of preference: their fields come first in a form. */
    static final List<Node> NAMES = List.of(SKOS.prefLabel.asNode(), FOAF.name.asNode(), DCTerms.title.asNode(),
            RDFS.label.asNode());

    private FormShapes() {
    }

    /** What a field holds, which decides how it is filled in. */
    public enum FieldType {
        /** Text in Swedish and English: one input per language. */
        TEXT_BY_LANGUAGE,
        /** A link to another thing of a class (of any, when the shape names none): a choice among those that exist. */
        LINK,
        /** A year ({@code xsd:gYear}). */
        YEAR,
        /** A date ({@code xsd:date}). */
        DATE,
        /** A whole number. */
        INTEGER,
        /** One of a list of values ({@code sh:in}). */
        CHOICE,
        /** A web address elsewhere (Wikidata, GeoNames, a telephone), typed in. */
        IRI,
        /** Plain text. */
        TEXT
    }

    /**
     * A kind of thing: a node shape with a target class.
     *
     * @param slug  its name in the editor's addresses, from the shape's local name ({@code ProjectShape}: {@code project})
     * @param fixed values every thing of the kind has, from {@code sh:hasValue} (its types)
     */
    public record Kind(Node shape, Node targetClass, String slug, Map<String, String> names,
                       Map<String, String> descriptions, List<Field> fields, List<Triple> fixed) {

        public String name(String lang) {
            return names.getOrDefault(lang, slug);
        }

        public String description(String lang) {
            return descriptions.getOrDefault(lang, "");
        }

        /** The field of a path, if the kind has one. */
        public Optional<Field> field(Node path) {
            return fields.stream().filter(f -> f.path().equals(path)).findFirst();
        }
    }

    /**
     * A field of a form.
     *
     * @param key       its name in the form ({@code f0}, {@code f1}, …, by its place)
     * @param languages the languages of a {@link FieldType#TEXT_BY_LANGUAGE} field
     * @param choices   the values of a {@link FieldType#CHOICE} field
     * @param maxCount  the most values, or -1 for any number
     */
    public record Field(String key, Node path, Map<String, String> names, Map<String, String> descriptions,
                        FieldType type, Node datatype, Node linkClass, List<String> languages, List<Node> choices,
                        int minCount, int maxCount) {

        public String name(String lang) {
            return names.getOrDefault(lang, path.getLocalName());
        }

        public String description(String lang) {
            return descriptions.getOrDefault(lang, "");
        }

        public boolean required() {
            return minCount > 0;
        }

        public boolean repeatable() {
            return maxCount != 1 && type != FieldType.TEXT_BY_LANGUAGE;
        }
    }

    /** Every kind the shapes describe, in the order of their names in the given language. */
    public static List<Kind> kinds(Graph shapes, String lang) {
        List<Kind> kinds = new ArrayList<>();
        for (Triple t : shapes.find(Node.ANY, SHACL.targetClass, Node.ANY).toList()) {
            Node shape = t.getSubject();
            if (!shape.isURI() || !shapes.contains(shape, RDF.type.asNode(), SHACL.NodeShape)) {
                continue;
            }
            kinds.add(kind(shapes, shape, t.getObject()));
        }
        kinds.sort(Comparator.comparing(k -> k.name(lang)));
        return kinds;
    }

    /** The kind of a slug, if the shapes describe it. */
    public static Optional<Kind> kind(Graph shapes, String slug) {
        return kinds(shapes, "en").stream().filter(k -> k.slug().equals(slug)).findFirst();
    }

    private static Kind kind(Graph shapes, Node shape, Node targetClass) {
        Map<Node, List<Node>> byPath = new LinkedHashMap<>();
        List<Triple> fixed = new ArrayList<>();
        for (Node property : objects(shapes, shape, SHACL.property)) {
            Node path = one(shapes, property, SHACL.path);
            if (path == null || !path.isURI()) {
                continue;
            }
            if (one(shapes, property, SHACL.node) != null) {
                continue;
            }
            Node hasValue = one(shapes, property, SHACL.hasValue);
            if (hasValue != null) {
                fixed.add(Triple.create(Node.ANY, path, hasValue));
                continue;
            }
            byPath.computeIfAbsent(path, p -> new ArrayList<>()).add(property);
        }
        List<Field> unordered = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> entry : byPath.entrySet()) {
            Field field = field(shapes, "", entry.getKey(), entry.getValue());
            if (field.maxCount() != 0) {
                unordered.add(field);
            }
        }
        unordered.sort(Comparator.comparing((Field f) -> order(shapes, byPath.get(f.path())))
                .thenComparing(f -> NAMES.contains(f.path()) ? NAMES.indexOf(f.path()) : NAMES.size())
                .thenComparing(f -> !f.required()).thenComparing(f -> f.name("en")));
        List<Field> fields = new ArrayList<>();
        for (Field f : unordered) {
            fields.add(new Field("f" + fields.size(), f.path(), f.names(), f.descriptions(), f.type(), f.datatype(),
                    f.linkClass(), f.languages(), f.choices(), f.minCount(), f.maxCount()));
        }
        String local = shape.getLocalName().replaceAll("Shape$", "");
        return new Kind(shape, targetClass, local.toLowerCase(Locale.ROOT), texts(shapes, shape, SHACL.name),
                texts(shapes, shape, SHACL.description), List.copyOf(fields), List.copyOf(fixed));
    }

    private static Field field(Graph shapes, String key, Node path, List<Node> properties) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Node datatype = null;
        Node linkClass = null;
        Node nodeKind = null;
        boolean external = false;
        List<String> languages = new ArrayList<>();
        List<Node> choices = new ArrayList<>();
        int min = 0;
        int max = -1;
        for (Node p : properties) {
            texts(shapes, p, SHACL.name).forEach(names::putIfAbsent);
            texts(shapes, p, SHACL.description).forEach(descriptions::putIfAbsent);
            datatype = firstNonNull(datatype, one(shapes, p, SHACL.datatype));
            linkClass = firstNonNull(linkClass, one(shapes, p, SHACL.class_));
            nodeKind = firstNonNull(nodeKind, one(shapes, p, SHACL.nodeKind));
            external |= one(shapes, p, SHACL.pattern) != null || one(shapes, p, SHACL.qualifiedValueShape) != null;
            Node minCount = one(shapes, p, SHACL.minCount);
            if (minCount != null) {
                min = Math.max(min, Integer.parseInt(minCount.getLiteralLexicalForm()));
            }
            Node maxCount = one(shapes, p, SHACL.maxCount);
            if (maxCount != null) {
                int m = Integer.parseInt(maxCount.getLiteralLexicalForm());
                max = max < 0 ? m : Math.min(max, m);
            }
            Node languageIn = one(shapes, p, SHACL.languageIn);
            if (languageIn != null && languages.isEmpty()) {
                list(shapes, languageIn).forEach(l -> languages.add(l.getLiteralLexicalForm()));
            }
            Node in = one(shapes, p, SHACL.in);
            if (in != null && choices.isEmpty()) {
                choices.addAll(list(shapes, in));
            }
        }
        FieldType type;
        if (!choices.isEmpty()) {
            type = FieldType.CHOICE;
        } else if (RDF.langString.asNode().equals(datatype) || !languages.isEmpty()) {
            type = FieldType.TEXT_BY_LANGUAGE;
            if (languages.isEmpty()) {
                languages.addAll(List.of("sv", "en"));
            }
        } else if (linkClass != null) {
            type = FieldType.LINK;
        } else if (XSD.gYear.asNode().equals(datatype)) {
            type = FieldType.YEAR;
        } else if (XSD.date.asNode().equals(datatype)) {
            type = FieldType.DATE;
        } else if (XSD.integer.asNode().equals(datatype)) {
            type = FieldType.INTEGER;
        } else if (external) {
            type = FieldType.IRI;
        } else if (SHACL.IRI.equals(nodeKind) || datatype == null && nodeKind == null) {
            type = FieldType.LINK;
        } else {
            type = FieldType.TEXT;
        }
        return new Field(key, path, names, descriptions, type, datatype, linkClass, List.copyOf(languages),
                List.copyOf(choices), min, max);
    }

    /** A field's place by {@code sh:order}: the least of its property shapes', else after those that have one. */
    private static double order(Graph shapes, List<Node> properties) {
        double order = Double.MAX_VALUE;
        for (Node p : properties) {
            Node o = one(shapes, p, SHACL.order);
            if (o != null && o.isLiteral() && o.getLiteralValue() instanceof Number n) {
                order = Math.min(order, n.doubleValue());
            }
        }
        return order;
    }

    private static Node firstNonNull(Node known, Node found) {
        return known != null ? known : found;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> all = objects(g, s, p);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Language-tagged texts by language. */
    private static Map<String, String> texts(Graph g, Node s, Node p) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Node o : objects(g, s, p)) {
            if (o.isLiteral()) {
                texts.putIfAbsent(o.getLiteralLanguage().isEmpty() ? "en" : o.getLiteralLanguage(), o.getLiteralLexicalForm());
            }
        }
        return texts;
    }

    /** The members of an RDF list. */
    private static List<Node> list(Graph g, Node head) {
        List<Node> members = new ArrayList<>();
        for (Node n = head; n != null && !NodeConst.nodeNil.equals(n) && members.size() < 1000; ) {
            Node first = one(g, n, RDF.first.asNode());
            if (first != null) {
                members.add(first);
            }
            n = one(g, n, RDF.rest.asNode());
        }
        return members;
    }
}
