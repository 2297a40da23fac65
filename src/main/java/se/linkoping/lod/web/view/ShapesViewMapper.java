package se.linkoping.lod.web.view;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import se.linkoping.lod.model.Iris;

/**
 * Maps the SHACL shapes graph to the {@link ShapesView} of its page: a pure function of the graph,
 * the page's language and the base.
 */
public final class ShapesViewMapper {

    /** The parameters that say what a node shape applies to. */
    private static final List<Property> TARGETS = List.of(
            SHACLM.targetClass, SHACLM.targetNode, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf);

    /**
     * The parameters the page has wording for ({@code shapes.constraint.{name}} in the messages), in
     * the order the page shows them.
     */
    public static final List<String> KNOWN = List.of(
            "targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf",
            "minCount", "maxCount", "class", "datatype", "nodeKind", "minInclusive", "maxInclusive",
            "minExclusive", "maxExclusive", "minLength", "maxLength", "pattern", "flags", "languageIn",
            "uniqueLang", "in", "hasValue", "node", "qualifiedValueShape", "qualifiedMinCount",
            "qualifiedMaxCount", "equals", "disjoint", "lessThan", "lessThanOrEquals", "not", "and", "or",
            "xone", "closed", "ignoredProperties", "sparql");

    /** The parameters whose wording already says "true" ({@code sh:uniqueLang true}). */
    private static final Set<String> FLAGS = Set.of("uniqueLang", "closed");

    /** The repeating paths and their operators in SPARQL. */
    private static final Map<Property, String> REPEATS = Map.of(
            SHACLM.zeroOrMorePath, "*", SHACLM.oneOrMorePath, "+", SHACLM.zeroOrOnePath, "?");

    /** What a shape says about itself rather than a constraint it sets. */
    private static final Set<Property> NOT_CONSTRAINTS = Set.of(RDF.type, SHACLM.name, SHACLM.description,
            SHACLM.message, SHACLM.path, SHACLM.property, SHACLM.order, SHACLM.group, RDFS.label, RDFS.comment,
            SHACLM.targetClass, SHACLM.targetNode, SHACLM.targetSubjectsOf, SHACLM.targetObjectsOf);

    private final Iris iris;
    private final String shapesIri;
    private final PrefixMapping prefixes;

    /**
     * @param iris      the base
     * @param shapesIri the IRI of the shapes document; its shapes are {@code {shapesIri}#Name}
     * @param prefixes  prefixes for naming terms and shapes
     */
    public ShapesViewMapper(Iris iris, String shapesIri, PrefixMapping prefixes) {
        this.iris = iris;
        this.shapesIri = shapesIri;
        this.prefixes = prefixes;
    }

    /** The view of the shapes in the page's language. */
    public ShapesView map(Model shapes, PageLanguage lang) {
        Links links = new Links(iris, lang);
        Resource self = shapes.createResource(shapesIri);
        Text title = best(shapes, self, DCTerms.title, lang).orElse(Text.plain(shapesIri));
        String version = Labels.literals(shapes, self, OWL.versionInfo).stream()
                .map(Literal::getLexicalForm).findFirst().orElse(null);
        Collator collator = Collator.getInstance(lang.locale());

        List<NodeShapeView> nodeShapes = named(shapes, SHACLM.NodeShape)
                .map(shape -> nodeShape(shapes, shape, lang, links))
                .sorted(Comparator.comparing((NodeShapeView s) -> s.name().value(), collator))
                .toList();
        List<PropertyShapeView> shared = named(shapes, SHACLM.PropertyShape)
                .map(shape -> propertyShape(shapes, shape, lang, links, true))
                .sorted(Comparator.comparing((PropertyShapeView s) -> s.name() == null ? "" : s.name().value(), collator)
                        .thenComparing(PropertyShapeView::shape))
                .toList();
        return new ShapesView(shapesIri, title, version,
                nodeShapes.stream().filter(s -> !s.targets().isEmpty()).toList(),
                nodeShapes.stream().filter(s -> s.targets().isEmpty()).toList(),
                shared);
    }

    /** The fragment of a shape's hash IRI under the shapes document, or null for any other node. */
    private String anchor(Resource shape) {
        String namespace = shapesIri + "#";
        return shape.isURIResource() && shape.getURI().startsWith(namespace)
                ? shape.getURI().substring(namespace.length()) : null;
    }

    private Stream<Resource> named(Model shapes, Resource type) {
        return shapes.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(shape -> anchor(shape) != null);
    }

    private NodeShapeView nodeShape(Model shapes, Resource shape, PageLanguage lang, Links links) {
        List<ConstraintView> targets = TARGETS.stream()
                .filter(target -> shape.hasProperty(target))
                .map(target -> constraint(shapes, target, shapes.listObjectsOfProperty(shape, target).toList(), lang, links))
                .toList();
        List<PropertyShapeView> properties = shapes.listObjectsOfProperty(shape, SHACLM.property).toList().stream()
                .filter(RDFNode::isResource)
                .map(node -> propertyShape(shapes, node.asResource(), lang, links, false))
                .sorted(Comparator.comparing((PropertyShapeView p) -> p.path().text().value())
                        .thenComparing(p -> p.name() == null ? "" : p.name().value()))
                .toList();
        String anchor = anchor(shape);
        Text name = best(shapes, shape, SHACLM.name, lang).orElse(Text.plain(anchor));
        return new NodeShapeView(anchor, shape.getURI(), nameIn(shapes, shape, PageLanguage.SV),
                nameIn(shapes, shape, PageLanguage.EN), name, best(shapes, shape, SHACLM.description, lang).orElse(null),
                targets, constraints(shapes, shape, lang, links), messages(shapes, shape, lang), properties);
    }

    /** A property shape, where the page defines it ({@code defined}) or where a node shape uses it. */
    private PropertyShapeView propertyShape(Model shapes, Resource shape, PageLanguage lang, Links links,
                                            boolean defined) {
        Resource path = shape.getPropertyResourceValue(SHACLM.path);
        Value pathValue = path == null ? Value.literal(Text.plain("–"))
                : path.isURIResource() ? link(path.getURI(), links) : Value.literal(Text.plain(pathText(path)));
        return new PropertyShapeView(anchor(shape), defined, best(shapes, shape, SHACLM.name, lang).orElse(null),
                pathValue, constraints(shapes, shape, lang, links), messages(shapes, shape, lang));
    }

    private List<ConstraintView> constraints(Model shapes, Resource shape, PageLanguage lang, Links links) {
        return shapes.listStatements(shape, null, (RDFNode) null).toList().stream()
                .map(Statement::getPredicate)
                .filter(p -> !NOT_CONSTRAINTS.contains(p))
                .distinct()
                .map(p -> constraint(shapes, p, shapes.listObjectsOfProperty(shape, p).toList(), lang, links))
                .sorted(Comparator.comparingInt((ConstraintView c) -> c.known() ? KNOWN.indexOf(c.key()) : KNOWN.size())
                        .thenComparing(ConstraintView::name))
                .toList();
    }

    private ConstraintView constraint(Model shapes, Property parameter, List<RDFNode> objects, PageLanguage lang,
                                      Links links) {
        boolean shacl = parameter.getURI().startsWith(SHACLM.NS);
        String key = shacl ? parameter.getURI().substring(SHACLM.NS.length()) : "";
        if (parameter.equals(SHACLM.sparql)) {
            String code = objects.stream().filter(RDFNode::isResource)
                    .map(o -> o.asResource().getProperty(SHACLM.select))
                    .filter(s -> s != null && s.getObject().isLiteral())
                    .map(s -> s.getString().strip())
                    .collect(Collectors.joining("\n\n"));
            return new ConstraintView(key, shortName(parameter.getURI()), true, List.of(), code);
        }
        List<Value> values = new ArrayList<>();
        if (objects.size() == 1) {
            values.addAll(values(shapes, objects.get(0), links));
        } else {
            objects.forEach(object -> values.addAll(values(shapes, object, links)));
            values.sort(Comparator.comparing((Value v) -> v.text().value()));
        }
        if (FLAGS.contains(key) && values.stream().allMatch(v -> v.text().value().equals("true"))) {
            values.clear();
        }
        return new ConstraintView(key, shortName(parameter.getURI()), shacl && KNOWN.contains(key), List.copyOf(values),
                null);
    }

    /** The values of a parameter: a literal, a link, the members of a list in order, or a summary of a blank node. */
    private List<Value> values(Model shapes, RDFNode node, Links links) {
        if (node.isLiteral()) {
            return List.of(Value.literal(Text.of(node.asLiteral())));
        }
        if (node.isURIResource()) {
            return List.of(link(node.asResource().getURI(), links));
        }
        if (node.canAs(RDFList.class) && node.as(RDFList.class).isValid()) {
            List<Value> members = new ArrayList<>();
            node.as(RDFList.class).iterator().forEachRemaining(member -> members.addAll(values(shapes, member, links)));
            return members;
        }
        return List.of(Value.literal(Text.plain(summary(node.asResource()))));
    }

    /** The messages of a shape and of its SPARQL constraints, each in the page's language if it has one. */
    private List<Text> messages(Model shapes, Resource shape, PageLanguage lang) {
        List<Text> messages = new ArrayList<>();
        best(shapes, shape, SHACLM.message, lang).ifPresent(messages::add);
        shapes.listObjectsOfProperty(shape, SHACLM.sparql).toList().stream()
                .filter(RDFNode::isResource)
                .map(constraint -> best(shapes, constraint.asResource(), SHACLM.message, lang))
                .flatMap(Optional::stream)
                .forEach(messages::add);
        return List.copyOf(messages);
    }

    /** A property path in SPARQL's syntax: {@code ^lkp:hasActivity}, {@code a/b}, {@code a|b}, {@code a*}. */
    private String pathText(RDFNode path) {
        if (path.isURIResource()) {
            return shortName(path.asResource().getURI());
        }
        if (path.isLiteral()) {
            return path.asLiteral().getLexicalForm();
        }
        Resource node = path.asResource();
        if (node.canAs(RDFList.class) && node.as(RDFList.class).isValid() && !node.as(RDFList.class).isEmpty()) {
            return node.as(RDFList.class).asJavaList().stream().map(this::pathText).collect(Collectors.joining("/"));
        }
        Resource inverse = node.getPropertyResourceValue(SHACLM.inversePath);
        if (inverse != null) {
            return "^" + group(inverse);
        }
        Resource alternatives = node.getPropertyResourceValue(SHACLM.alternativePath);
        if (alternatives != null && alternatives.canAs(RDFList.class)) {
            return alternatives.as(RDFList.class).asJavaList().stream().map(this::group).collect(Collectors.joining("|"));
        }
        for (Map.Entry<Property, String> repeat : REPEATS.entrySet()) {
            Resource inner = node.getPropertyResourceValue(repeat.getKey());
            if (inner != null) {
                return group(inner) + repeat.getValue();
            }
        }
        return summary(node);
    }

    /** A path, in parentheses unless it is one IRI. */
    private String group(RDFNode path) {
        return path.isURIResource() ? pathText(path) : "(" + pathText(path) + ")";
    }

    /** A blank node written out in short, Turtle-like: {@code [ sh:datatype xsd:string ]}. */
    private String summary(Resource node) {
        return node.listProperties().toList().stream()
                .map(s -> shortName(s.getPredicate().getURI()) + " " + (s.getObject().isAnon()
                        ? summary(s.getObject().asResource()) : s.getObject().isLiteral()
                        ? s.getObject().asLiteral().getLexicalForm() : shortName(s.getObject().asResource().getURI())))
                .sorted()
                .collect(Collectors.joining(" ; ", "[ ", " ]"));
    }

    private Value link(String iri, Links links) {
        return new Value(Text.plain(shortName(iri)), links.href(iri), links.isExternal(iri), "");
    }

    private String shortName(String iri) {
        return prefixes.shortForm(iri);
    }

    private static Text nameIn(Model shapes, Resource shape, PageLanguage lang) {
        return Labels.literals(shapes, shape, SHACLM.name).stream()
                .filter(l -> Labels.rank(l, lang) == 0).findFirst().map(Text::of).orElse(null);
    }

    private static Optional<Text> best(Model model, Resource resource, Property property, PageLanguage lang) {
        return Labels.best(Labels.literals(model, resource, property), lang);
    }
}
