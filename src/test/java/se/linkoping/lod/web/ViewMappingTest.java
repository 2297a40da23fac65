package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.web.view.Description;
import se.linkoping.lod.web.view.HomeView;
import se.linkoping.lod.web.view.HomeViewMapper;
import se.linkoping.lod.web.view.OntologyView;
import se.linkoping.lod.web.view.OntologyViewMapper;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.PropertyView;
import se.linkoping.lod.web.view.ResourceView;
import se.linkoping.lod.web.view.ResourceViewMapper;
import se.linkoping.lod.web.view.Value;

/**
 * The mapping from query results to views, without a server: the page queries run on the seed data
 * in memory, the mappers turn their results into what the templates show.
 */
class ViewMappingTest {

    private static final Iris IRIS = new Iris("https://lod.example.se/");

    private static LocalStore store;
    private static QueryLibrary queries;
    private static ResourceViewMapper mapper;

    @BeforeAll
    static void load() throws Exception {
        DatasetGraph dataset = RunningSite.inMemory(IRIS);
        store = new LocalStore(dataset, IRIS);
        queries = new QueryLibrary("web", IRIS);
        JsonLdContext context = new JsonLdContext(IRIS);
        Model terms = RDFParser.source("templates/i18n/terms.ttl").toModel();
        mapper = new ResourceViewMapper(IRIS, PrefixMapping.Factory.create().setNsPrefixes(context.prefixes()), terms,
                Pages.standard().keyProperties());
    }

    private static ResourceView view(String relative, PageLanguage lang) {
        Description description = ResourceDescriber.describe(store, IRIS.resolve(relative), 1);
        assertTrue(description.exists(), relative);
        return mapper.map(description, lang);
    }

    @Test
    void aProjectInSwedishAndInEnglish() {
        ResourceView sv = view("id/project/kaunas-kulturhuvudstad-2022", PageLanguage.SV);
        assertEquals("project", sv.kind());
        assertEquals("Kaunas kulturhuvudstad 2022", sv.title().value());
        assertEquals("ungdomsombud i utbyte med Kaunas och Tampere", sv.description().value());
        PropertyView involves = sv.summary().stream().filter(p -> p.label().value().equals("involverar")).findFirst().orElseThrow();
        assertEquals(List.of("Kaunas", "Tampere"), involves.values().stream().map(v -> v.text().value()).toList());
        assertEquals("/doc/town/kaunas", involves.values().get(0).href());

        ResourceView en = view("id/project/kaunas-kulturhuvudstad-2022", PageLanguage.EN);
        assertEquals("Kaunas European Capital of Culture 2022", en.title().value());
        assertEquals("/doc/town/kaunas?lang=en", en.summary().stream().filter(p -> p.label().value().equals("involves"))
                .findFirst().orElseThrow().values().get(0).href());
    }

    @Test
    void theProjectPageListsEachRelatedThingOnce() {
        for (PageLanguage lang : PageLanguage.values()) {
            ResourceView project = view("id/project/art4rights", lang);
            List<String> shown = new ArrayList<>();
            Stream.of(project.summary(), project.properties(), project.aboutTheData()).flatMap(List::stream)
                    .forEach(p -> p.values().stream().map(Value::href).filter(Objects::nonNull).forEach(shown::add));
            project.incoming().stream().map(i -> i.from().href()).filter(Objects::nonNull).forEach(shown::add);

            String activity = lang == PageLanguage.SV ? "/doc/activity/nar-ett-utrymme-blir-en-plats"
                    : "/doc/activity/nar-ett-utrymme-blir-en-plats?lang=en";
            assertEquals(1, shown.stream().filter(activity::equals).count(), shown.toString());
            assertEquals(shown.stream().distinct().toList(), shown, "each related thing once");
            assertTrue(project.summary().stream().anyMatch(p -> p.iri().endsWith("#hasActivity")), "the specific relation stays");
        }
        ResourceView activity = view("id/activity/nar-ett-utrymme-blir-en-plats", PageLanguage.SV);
        assertTrue(activity.properties().stream().noneMatch(p -> p.iri().equals("http://purl.org/dc/terms/isPartOf")),
                "dct:isPartOf repeats lkp:activityOf");
    }

    @Test
    void typesAreNamedForPeopleAndFactsAboutTheDataStandApart() {
        ResourceView town = view("id/town/kaunas", PageLanguage.SV);
        assertTrue(town.types().stream().noneMatch(t -> t.text().value().contains("(")), town.types().toString());
        ResourceView project = view("id/project/art4rights", PageLanguage.SV);
        assertEquals(List.of("internationellt projekt"), project.types().stream().map(t -> t.text().value()).toList(),
                "our own type, not every vocabulary's");
        List<String> about = project.aboutTheData().stream().map(PropertyView::iri).toList();
        assertTrue(about.contains(IRIS.ontologyNamespace() + "listPosition"), about.toString());
        assertTrue(about.contains("http://www.w3.org/ns/prov#wasDerivedFrom"), about.toString());
        assertTrue(project.properties().stream().noneMatch(p -> about.contains(p.iri())), "each fact in one part");
    }

    @Test
    void aContactLeadsWithItsHolderAndTelephoneShownAsANumber() {
        ResourceView contact = view("id/contact/international-coordinator", PageLanguage.SV);
        assertEquals(List.of("innehas av", "telefon", "befattning vid"),
                contact.summary().stream().map(p -> p.label().value()).toList());
        Value phone = contact.summary().get(1).values().get(0);
        assertEquals("+4613263575", phone.text().value());
        assertEquals("tel:+4613263575", phone.href());
    }

    @Test
    void aShapeThatLinksHereIsNamedByItsName() {
        ResourceView dataset = view("id/dataset/main", PageLanguage.SV);
        assertTrue(dataset.incoming().stream().anyMatch(link -> link.from().text().value().equals("Datamängden")
                && link.from().href().equals("/def/shapes#DatasetShape")), dataset.incoming().toString());
    }

    @Test
    void theDatasetShowsItsLicenceByNameAndItsLoadTimeForPeople() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        String iri = IRIS.dataset();
        Txn.executeWrite(dataset, () -> RDFParser.fromString("<" + iri + "> <http://purl.org/dc/terms/modified> "
                + "\"2026-11-26T22:33:29.056Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> ; "
                + "<http://purl.org/dc/terms/license> <" + PageFrame.LICENSE + "> .", Lang.TURTLE).parse(dataset));
        Description description = ResourceDescriber.describe(new LocalStore(dataset, IRIS), iri, 1);
        ResourceView sv = mapper.map(description, PageLanguage.SV);
        Map<String, String> facts = new HashMap<>();
        Stream.concat(sv.properties().stream(), sv.aboutTheData().stream())
                .forEach(p -> facts.put(p.label().value(), p.values().get(0).text().value()));
        assertEquals("26 november 2026 23:33", facts.get("senast ändrad"), facts.toString());
        assertEquals("CC0 1.0", facts.get("licens"), facts.toString());
    }

    @Test
    void aLabelOnlyInTheOtherLanguageIsMarkedWithIt() {
        ResourceView cerv = view("id/programme/cerv", PageLanguage.SV);
        PropertyView alt = cerv.properties().stream().filter(p -> p.iri().endsWith("core#altLabel")).findFirst().orElseThrow();
        Value english = alt.values().get(0);
        assertEquals("Citizens, Equality, Rights and Values", english.text().value());
        assertTrue(english.text().differsFrom("sv"), "shown with lang=en on a Swedish page");
    }

    @Test
    void aTownLinksToWikidataAndGeoNamesAndHasItsIncomingLinks() {
        ResourceView kaunas = view("id/town/kaunas", PageLanguage.SV);
        assertEquals(List.of("GeoNames", "Wikidata"), kaunas.sameAs().stream().map(Value::source).toList());
        assertTrue(kaunas.incomingTotal() >= 3, "municipality, administration and project link here");
        assertTrue(kaunas.incoming().stream().anyMatch(i -> i.from().text().value().equals("Linköpings kommun")
                && i.property().value().equals("vänort")));
    }

    @Test
    void theHomePageFollowsTheSourcePage() {
        Model home = store.construct(queries.get("home"));
        HomeView view = new HomeViewMapper(IRIS).map(home, PageLanguage.SV);
        assertEquals("EU-projekt inom kultur", view.title().value());
        assertEquals(2, view.intro().size());
        assertEquals(List.of("Fristad Linköping", "Our way Heritage Lives", "One library for all, all for one library",
                "Art4Rights", "Green challenge", "Kaunas kulturhuvudstad 2022", "När ett utrymme blir en plats"),
                view.projects().stream().map(i -> i.label().value()).toList());
        assertEquals(List.of("SERN", "ICORN"), view.networks().stream().map(i -> i.label().value()).toList());
        assertEquals("2015", view.networks().get(1).note().value());
        assertEquals(List.of("Kaunas", "Joensuu", "Palo Alto", "Tours", "Tönsberg"),
                view.twinTowns().stream().map(i -> i.label().value()).toList());
        assertEquals("Litauen", view.twinTowns().get(0).description().value());
        assertEquals("Elisabeth Asp", view.contact().name().value());
        assertEquals("tel:+4613263575", view.contact().phoneHref());
        assertEquals("2023-02-27", view.sourceDate());
    }

    @Test
    void theOntologyListsItsTermsInBothLanguages() {
        Model ontology = store.construct(queries.get("ontology"));
        OntologyView view = new OntologyViewMapper(IRIS, mapper).map(ontology, PageLanguage.EN);
        assertTrue(view.classes().stream().anyMatch(t -> t.anchor().equals("Network")
                && t.labelSv().value().equals("nätverk") && t.labelEn().value().equals("network")));
        assertTrue(view.properties().stream().anyMatch(t -> t.anchor().equals("twinTown")));
    }
}
