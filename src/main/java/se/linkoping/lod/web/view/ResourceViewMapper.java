package se.linkoping.lod.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.datatypes.xsd.XSDDateTime;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.GeneralRelations;
import se.linkoping.lod.model.LabelTerms;
import se.linkoping.lod.store.IncomingLink;

/**
 * Maps the {@link Description} of a resource to the {@link ResourceView} its page shows: a pure
 * function of the data, the page's language and the base.
 */
public final class ResourceViewMapper {

    /** The properties that describe a resource in prose, in order of preference. */
    public static final List<Property> DESCRIPTION_PROPERTIES = List.of(
            DCTerms.description, SKOS.definition, RDFS.comment,
            ResourceFactory.createProperty("http://schema.org/description"));

    /** The properties that say the resource is the same as, or matches, something elsewhere. */
    public static final List<Property> SAME_AS_PROPERTIES = List.of(OWL.sameAs, SKOS.exactMatch);

    /** The facts about the data rather than the thing, outside our ontology. */
    private static final List<String> ABOUT_THE_DATA = List.of("http://www.w3.org/ns/prov#wasDerivedFrom",
            DCTerms.source.getURI(), DCTerms.modified.getURI());
    /** The same, in our ontology: the place and the wording of a thing in the source page. */
    private static final List<String> ABOUT_THE_DATA_TERMS = List.of("listPosition", "labelAsWritten");

    private static final String TEL = "tel:";

    private final Iris iris;
    private final PrefixMapping prefixes;
    private final Model terms;
    private final Function<String, List<String>> keyProperties;

    /**
     * @param iris          the base
     * @param prefixes      prefixes for naming terms that have no label
     * @param terms         labels of standard terms, used when the data has none
     * @param keyProperties the properties each kind of thing shows first, in order, by kind
     */
    public ResourceViewMapper(Iris iris, PrefixMapping prefixes, Model terms,
                              Function<String, List<String>> keyProperties) {
        this.iris = iris;
        this.prefixes = prefixes;
        this.terms = terms;
        this.keyProperties = keyProperties;
    }

    /** The view of a described resource for a page in the given language. */
    public ResourceView map(Description description, PageLanguage lang) {
        Model model = description.model();
        Resource resource = description.resource();
        Links links = new Links(iris, lang);

        Text title = Labels.of(model, resource, lang).orElse(Text.plain(Labels.localName(resource.getURI())));
        Text prose = DESCRIPTION_PROPERTIES.stream()
                .map(p -> Labels.best(Labels.literals(model, resource, p), lang))
                .flatMap(Optional::stream).findFirst().orElse(null);

        // The types of our own ontology when it has one for the thing, else those of the other vocabularies;
        // the types not shown here are listed with the other statements.
        List<RDFNode> labelled = model.listObjectsOfProperty(resource, RDF.type).toList().stream()
                .filter(type -> type.isURIResource() && hasLabel(model, type.asResource())).toList();
        List<RDFNode> own = labelled.stream()
                .filter(type -> type.asResource().getURI().startsWith(iris.ontologyNamespace())).toList();
        Set<RDFNode> labelledTypes = Set.copyOf(own.isEmpty() ? labelled : own);
        List<Value> types = labelledTypes.stream()
                .map(type -> value(model, type, lang, links))
                .sorted(Comparator.comparing((Value v) -> v.text().value()))
                .toList();

        List<Value> sameAs = SAME_AS_PROPERTIES.stream()
                .flatMap(p -> model.listObjectsOfProperty(resource, p).toList().stream())
                .filter(RDFNode::isURIResource)
                .map(node -> value(model, node, lang, links))
                .sorted(Comparator.comparing(Value::source).thenComparing(Value::href))
                .toList();

        // A label or description property is left out of the list only when its text is the title or
        // the prose: an rdfs:comment beside a dct:description, a foaf:name beside a skos:prefLabel, are listed;
        // so are the types without a label of their own, which are not among the types shown at the top.
        Set<Property> shownElsewhere = new HashSet<>();
        shownElsewhere.addAll(SAME_AS_PROPERTIES);
        for (Property property : LabelTerms.LABELS) {
            if (shownAs(model, resource, property, title, lang)) {
                shownElsewhere.add(property);
            }
        }
        for (Property property : DESCRIPTION_PROPERTIES) {
            if (shownAs(model, resource, property, prose, lang)) {
                shownElsewhere.add(property);
            }
        }

        List<IncomingView> incoming = description.incoming().stream()
                .map(link -> incoming(model, link, lang, links))
                .toList();

        String kind = kindOf(resource.getURI());
        List<PropertyView> all = properties(model, resource, shownElsewhere, labelledTypes, lang, links);
        List<String> keys = keyProperties.apply(kind);
        List<PropertyView> summary = keys.stream()
                .flatMap(iri -> all.stream().filter(p -> p.iri().equals(iri))).toList();
        List<String> aboutTheData = new ArrayList<>(ABOUT_THE_DATA);
        ABOUT_THE_DATA_TERMS.forEach(term -> aboutTheData.add(iris.ontologyNamespace() + term));
        List<PropertyView> rest = all.stream()
                .filter(p -> !keys.contains(p.iri()) && !aboutTheData.contains(p.iri())).toList();
        List<PropertyView> about = all.stream().filter(p -> aboutTheData.contains(p.iri())).toList();
        return new ResourceView(resource.getURI(), kind, title, prose, types, summary, rest, about, sameAs, incoming,
                description.incomingTotal(), description.page(), description.pageCount());
    }

    /** The kind of a thing from its IRI ({@code id/project/x} is a {@code project}), else {@code resource}. */
    public String kindOf(String iri) {
        String relative = iris.relativize(iri);
        if (iris.isLocal(iri) && relative.startsWith(Iris.ID_PATH)) {
            String rest = relative.substring(Iris.ID_PATH.length());
            int slash = rest.indexOf('/');
            if (slash > 0) {
                return rest.substring(0, slash);
            }
        }
        return "resource";
    }

    /** The label of a term: from the data, else from the standard terms, else its prefixed or local name. */
    public Text propertyLabel(Model model, Resource property, PageLanguage lang) {
        return Labels.of(model, property, lang).or(() -> Labels.of(terms, property, lang)).orElseGet(() -> {
            String shortForm = prefixes.shortForm(property.getURI());
            return Text.plain(shortForm.equals(property.getURI()) ? Labels.localName(shortForm) : shortForm);
        });
    }

    /** Whether the property has no text for this page but {@code shown} (or none at all). */
    private static boolean shownAs(Model model, Resource resource, Property property, Text shown, PageLanguage lang) {
        return Labels.best(Labels.literals(model, resource, property), lang)
                .map(text -> shown != null && text.value().equals(shown.value()))
                .orElse(true);
    }

    private List<PropertyView> properties(Model model, Resource resource, Set<Property> skip, Set<RDFNode> shownTypes,
                                          PageLanguage lang, Links links) {
        Map<Property, List<RDFNode>> byProperty = new LinkedHashMap<>();
        for (Statement statement : model.listStatements(resource, null, (RDFNode) null).toList()) {
            boolean shownType = statement.getPredicate().equals(RDF.type) && shownTypes.contains(statement.getObject());
            if (!skip.contains(statement.getPredicate()) && !shownType) {
                byProperty.computeIfAbsent(statement.getPredicate(), p -> new ArrayList<>()).add(statement.getObject());
            }
        }
        // A general relation (dct:hasPart beside lkp:hasActivity) shows only what no specific one shows.
        Set<RDFNode> specific = byProperty.entrySet().stream()
                .filter(e -> !GeneralRelations.isGeneral(e.getKey().getURI()))
                .flatMap(e -> e.getValue().stream()).collect(Collectors.toSet());
        byProperty.entrySet().removeIf(e -> GeneralRelations.isGeneral(e.getKey().getURI())
                && e.getValue().stream().allMatch(specific::contains));
        byProperty.replaceAll((property, values) -> GeneralRelations.isGeneral(property.getURI())
                ? values.stream().filter(v -> !specific.contains(v)).toList() : values);
        return byProperty.entrySet().stream()
                .map(e -> new PropertyView(e.getKey().getURI(), propertyLabel(model, e.getKey(), lang),
                        values(model, e.getValue(), lang, links)))
                .sorted(Comparator.comparing((PropertyView p) -> p.label().value().toLowerCase()))
                .toList();
    }

    /** The values to show: texts only in the best of the page's languages, all other values. */
    private List<Value> values(Model model, List<RDFNode> nodes, PageLanguage lang, Links links) {
        List<Literal> tagged = nodes.stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> !l.getLanguage().isEmpty()).toList();
        int bestRank = tagged.stream().mapToInt(l -> Labels.rank(l, lang)).min().orElse(0);
        return nodes.stream()
                .filter(n -> !n.isLiteral() || n.asLiteral().getLanguage().isEmpty()
                        || Labels.rank(n.asLiteral(), lang) == bestRank)
                .map(n -> value(model, n, lang, links))
                .sorted(Comparator.comparing((Value v) -> v.text().value()))
                .toList();
    }

    private Value value(Model model, RDFNode node, PageLanguage lang, Links links) {
        if (node.isLiteral()) {
            return Value.literal(literalText(node.asLiteral(), lang));
        }
        if (node.isAnon()) {
            return Value.literal(Text.plain(blankNodeSummary(model, node.asResource(), lang)));
        }
        String iri = node.asResource().getURI();
        Text label = Labels.of(model, node.asResource(), lang).or(() -> Labels.of(terms, node.asResource(), lang))
                .orElseGet(() -> Text.plain(shortName(iri)));
        return new Value(label, links.href(iri), links.isExternal(iri), links.isExternal(iri) ? Links.source(iri) : "");
    }

    /** A literal as people read it: a date and time in the page's language and Swedish time, else as written. */
    private static Text literalText(Literal literal, PageLanguage lang) {
        if (XSDDatatype.XSDdateTime.getURI().equals(literal.getDatatypeURI())
                && literal.getValue() instanceof XSDDateTime time) {
            return Text.plain(PageDates.dateTime(time.asCalendar().toInstant(), lang));
        }
        return Text.of(literal);
    }

    private String blankNodeSummary(Model model, Resource node, PageLanguage lang) {
        return Labels.of(model, node, lang).map(Text::value).orElseGet(() ->
                model.listStatements(node, null, (RDFNode) null).toList().stream()
                        .map(s -> propertyLabel(model, s.getPredicate(), lang).value() + ": " + nodeText(model, s.getObject(), lang))
                        .sorted()
                        .collect(Collectors.joining("; ")));
    }

    private String nodeText(Model model, RDFNode node, PageLanguage lang) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        if (node.isAnon()) {
            return "(" + blankNodeSummary(model, node.asResource(), lang) + ")";
        }
        return Labels.of(model, node.asResource(), lang).map(Text::value).orElseGet(() -> shortName(node.asResource().getURI()));
    }

    private IncomingView incoming(Model model, IncomingLink link, PageLanguage lang, Links links) {
        List<Literal> labels = new ArrayList<>();
        for (Literal l : new Literal[] {link.labelSv(), link.labelEn(), link.labelOther()}) {
            if (l != null) {
                labels.add(l);
            }
        }
        Node subject = link.subject();
        Value from;
        if (subject.isURI()) {
            Text label = Labels.best(labels, lang).orElseGet(() -> Text.plain(shortName(subject.getURI())));
            from = new Value(label, links.href(subject.getURI()), links.isExternal(subject.getURI()), "");
        } else {
            from = Value.literal(Labels.best(labels, lang).orElse(Text.plain("–")));
        }
        List<Literal> propertyLabels = new ArrayList<>();
        if (link.propertyLabelSv() != null) {
            propertyLabels.add(link.propertyLabelSv());
        }
        if (link.propertyLabelEn() != null) {
            propertyLabels.add(link.propertyLabelEn());
        }
        Text property = Labels.best(propertyLabels, lang)
                .orElseGet(() -> propertyLabel(model, model.createResource(link.property().getURI()), lang));
        return new IncomingView(from, property);
    }

    private boolean hasLabel(Model model, Resource term) {
        return Labels.of(model, term, PageLanguage.SV).or(() -> Labels.of(terms, term, PageLanguage.SV)).isPresent();
    }

    /** A name for an IRI without a label: its prefixed name, the number of a {@code tel:} IRI, else its local name. */
    private String shortName(String iri) {
        if (iri.startsWith(TEL)) {
            return iri.substring(TEL.length());
        }
        String shortForm = prefixes.shortForm(iri);
        return shortForm.equals(iri) ? Labels.localName(iri) : shortForm;
    }
}
