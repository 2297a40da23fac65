package se.linkoping.lod.web.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import se.linkoping.lod.model.Iris;

/** Maps the result of {@code home.rq} to the {@link HomeView}: a pure function. */
public final class HomeViewMapper {

    private static final String SCHEMA = "http://schema.org/";
    private static final String ORG = "http://www.w3.org/ns/org#";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";
    private static final String SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel";

    private final Iris iris;

    public HomeViewMapper(Iris iris) {
        this.iris = iris;
    }

    /** The home page's view of the data in the page's language, with every project. */
    public HomeView map(Model model, PageLanguage lang) {
        return map(model, lang, null);
    }

    /** The same with the projects of one year only ({@link YearArchive}), or every project when it is null. */
    public HomeView map(Model model, PageLanguage lang, Integer year) {
        Links links = new Links(iris, lang);
        Optional<Resource> source = ofType(model, term("SourcePage")).stream().findFirst();
        Text title = source.flatMap(s -> best(model, s, DCTerms.title, lang)).orElse(Text.plain(""));
        List<Text> intro = source.flatMap(s -> best(model, s, DCTerms.abstract_, lang))
                .map(text -> Arrays.stream(text.value().split("\\n\\s*\\n"))
                        .map(String::strip).filter(p -> !p.isEmpty())
                        .map(p -> new Text(p, text.lang())).toList())
                .orElse(List.of());
        String sourceDate = source.flatMap(s -> Labels.literals(model, s, DCTerms.modified).stream().findFirst())
                .map(Literal::getLexicalForm).orElse(null);

        Item strategy = ofType(model, term("InternationalStrategy")).stream()
                .filter(s -> model.contains(s, DCTerms.description))
                .findFirst().map(s -> item(model, s, DCTerms.description, lang, links)).orElse(null);

        List<Resource> projectThings = new ArrayList<>(ofType(model, term("InternationalProject")));
        projectThings.addAll(ofType(model, term("ProjectActivity")));
        List<Item> projects = ordered(model, projectThings).stream()
                .filter(p -> year == null || YearArchive.in(model, p, year))
                .map(p -> item(model, p, DCTerms.description, lang, links)).toList();
        List<Item> networks = ordered(model, ofType(model, term("Network"))).stream()
                .map(n -> item(model, n, model.createProperty(SKOS_ALT), lang, links)).toList();
        List<Resource> towns = model.listObjectsOfProperty(term("twinTown")).toList().stream()
                .filter(RDFNode::isURIResource).map(RDFNode::asResource).distinct().toList();
        List<Item> twinTowns = ordered(model, towns).stream().map(t -> {
            Text country = model.listObjectsOfProperty(t, model.createProperty(SCHEMA + "containedInPlace")).toList()
                    .stream().filter(RDFNode::isResource).findFirst()
                    .flatMap(c -> Labels.of(model, c.asResource(), lang)).orElse(null);
            return new Item(links.href(t.getURI()), label(model, t, lang), country, null);
        }).toList();

        HomeView.ContactView contact = ofType(model, term("ContactRole")).stream().findFirst()
                .map(c -> contact(model, c, lang, links)).orElse(null);
        return new HomeView(title, intro, source.map(s -> links.href(s.getURI())).orElse(null), sourceDate,
                strategy, projects, networks, twinTowns, contact);
    }

    private HomeView.ContactView contact(Model model, Resource role, PageLanguage lang, Links links) {
        Text name = best(model, role, model.createProperty(VCARD + "fn"), lang).orElse(label(model, role, lang));
        Text title = best(model, role, model.createProperty(VCARD + "title"), lang).orElse(label(model, role, lang));
        Text unit = best(model, role, model.createProperty(VCARD + "organization-name"), lang).orElse(null);
        String phone = Labels.literals(model, role, term("telephoneAsWritten")).stream()
                .map(Literal::getLexicalForm).findFirst().orElse(null);
        String phoneHref = model.listObjectsOfProperty(role, model.createProperty(VCARD + "hasTelephone")).toList()
                .stream().filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).findFirst().orElse(null);
        return new HomeView.ContactView(name, title, unit, phone, phoneHref, links.href(role.getURI()));
    }

    private Item item(Model model, Resource thing, Property line, PageLanguage lang, Links links) {
        Text description = best(model, thing, line, lang).orElse(null);
        Text note = model.listSubjectsWithProperty(model.createProperty(ORG + "organization"), thing).toList().stream()
                .flatMap(m -> Labels.literals(model, m, term("memberSince")).stream())
                .findFirst().map(since -> Text.plain(since.getLexicalForm())).orElse(null);
        return new Item(links.href(thing.getURI()), label(model, thing, lang), description, note);
    }

    private Text label(Model model, Resource thing, PageLanguage lang) {
        return Labels.of(model, thing, lang).orElse(Text.plain(Labels.localName(thing.getURI())));
    }

    private List<Resource> ordered(Model model, List<Resource> things) {
        return things.stream().sorted(Comparator.comparingInt((Resource r) -> position(model, r))
                .thenComparing(Resource::getURI)).toList();
    }

    private int position(Model model, Resource thing) {
        return Labels.literals(model, thing, term("listPosition")).stream()
                .findFirst().map(Literal::getInt).orElse(Integer.MAX_VALUE);
    }

    private List<Resource> ofType(Model model, Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList();
    }

    /** The projects and activities of the model, for {@link YearArchive#years}. */
    public List<Resource> projects(Model model) {
        List<Resource> projects = new ArrayList<>(ofType(model, term("InternationalProject")));
        projects.addAll(ofType(model, term("ProjectActivity")));
        return projects;
    }

    private Property term(String localName) {
        return ResourceFactory.createProperty(iris.ontologyNamespace() + localName);
    }

    private static Optional<Text> best(Model model, Resource resource, Property property, PageLanguage lang) {
        return Labels.best(Labels.literals(model, resource, property), lang);
    }
}
