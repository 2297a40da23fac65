package se.linkoping.lod.web.view;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import se.linkoping.lod.model.Iris;

/** Maps the ontology's triples to the {@link OntologyView} of its page: a pure function. */
public final class OntologyViewMapper {

    private static final List<Resource> CLASS_TYPES = List.of(OWL.Class, RDFS.Class);
    private static final List<Resource> PROPERTY_TYPES =
            List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property);

    private final Iris iris;
    private final ResourceViewMapper names;

    /**
     * @param iris  the base
     * @param names names terms outside the ontology (super classes, ranges)
     */
    public OntologyViewMapper(Iris iris, ResourceViewMapper names) {
        this.iris = iris;
        this.names = names;
    }

    /** The view of the ontology in the page's language. */
    public OntologyView map(Model ontology, PageLanguage lang) {
        Resource self = ontology.createResource(iris.ontology());
        Text title = best(ontology, self, DCTerms.title, lang).orElse(Text.plain(iris.ontology()));
        Text description = best(ontology, self, DCTerms.description, lang).orElse(null);
        String version = Labels.literals(ontology, self, OWL.versionInfo).stream()
                .map(Literal::getLexicalForm).findFirst().orElse(null);
        return new OntologyView(self.getURI(), title, description, version,
                terms(ontology, CLASS_TYPES, RDFS.subClassOf, lang),
                terms(ontology, PROPERTY_TYPES, RDFS.subPropertyOf, lang));
    }

    private List<TermView> terms(Model ontology, List<Resource> types, Property parent, PageLanguage lang) {
        Links links = new Links(iris, lang);
        String namespace = iris.ontologyNamespace();
        return types.stream()
                .flatMap(type -> ontology.listSubjectsWithProperty(RDF.type, type).toList().stream())
                .filter(term -> term.isURIResource() && term.getURI().startsWith(namespace))
                .distinct()
                .map(term -> new TermView(term.getURI().substring(namespace.length()), term.getURI(),
                        labelIn(ontology, term, PageLanguage.SV), labelIn(ontology, term, PageLanguage.EN),
                        best(ontology, term, RDFS.comment, lang).orElse(null),
                        values(ontology, term, parent, lang, links),
                        values(ontology, term, RDFS.domain, lang, links),
                        values(ontology, term, RDFS.range, lang, links)))
                .sorted(Comparator.comparing(TermView::anchor, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private List<Value> values(Model ontology, Resource term, Property property, PageLanguage lang, Links links) {
        return ontology.listObjectsOfProperty(term, property).toList().stream()
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .map(target -> new Value(names.propertyLabel(ontology, target, lang), links.href(target.getURI()),
                        links.isExternal(target.getURI()), ""))
                .sorted(Comparator.comparing((Value v) -> v.text().value()))
                .toList();
    }

    private static Text labelIn(Model ontology, Resource term, PageLanguage lang) {
        return Labels.literals(ontology, term, RDFS.label).stream()
                .filter(l -> Labels.rank(l, lang) == 0).findFirst().map(Text::of).orElse(null);
    }

    private static Optional<Text> best(Model model, Resource resource, Property property, PageLanguage lang) {
        return Labels.best(Labels.literals(model, resource, property), lang);
    }
}
