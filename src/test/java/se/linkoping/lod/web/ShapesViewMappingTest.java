package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.testing.RunningSite;
import se.linkoping.lod.web.view.ConstraintView;
import se.linkoping.lod.web.view.NodeShapeView;
import se.linkoping.lod.web.view.PageLanguage;
import se.linkoping.lod.web.view.PropertyShapeView;
import se.linkoping.lod.web.view.ShapesView;
import se.linkoping.lod.web.view.ShapesViewMapper;
import se.linkoping.lod.web.view.Value;

/**
 * The shapes document without a server: its query, run on the ontology and the data in memory, gives
 * exactly the shapes file's graph, and the mapper turns it into what the shapes page shows.
 */
class ShapesViewMappingTest {

    private static final Iris IRIS = new Iris("https://lod.example.se/");

    private static Model shapesFile;
    private static Model served;
    private static ShapesViewMapper mapper;

    @BeforeAll
    static void load() throws Exception {
        DatasetGraph dataset = RunningSite.inMemory(IRIS);
        shapesFile = RDFParser.source(RunningSite.PROJECT.resolve("ontology/shapes.ttl")).base(IRIS.base()).toModel();
        served = new LocalStore(dataset, IRIS).construct(new QueryLibrary("web", IRIS).get("shapes"));
        String shapesIri = IRIS.shapes();
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(new JsonLdContext(IRIS).prefixes())
                .setNsPrefix("sh", SHACLM.NS).setNsPrefix("lkps", shapesIri + "#");
        mapper = new ShapesViewMapper(IRIS, shapesIri, prefixes);
    }

    @Test
    void theQueryGivesTheWholeShapesGraphAndNothingElse() {
        assertTrue(served.size() > 300, "triples: " + served.size());
        assertTrue(served.isIsomorphicWith(shapesFile),
                "the shapes graph, blank nodes and lists included: " + served.difference(shapesFile).size()
                        + " extra, " + shapesFile.difference(served).size() + " missing");
    }

    @Test
    void aNodeShapeHasItsNamesTargetAndPropertiesWithMessages() {
        ShapesView sv = mapper.map(served, PageLanguage.SV);
        assertEquals("SHACL-former för Linköpings kommuns internationella kulturarbete", sv.title().value());
        assertEquals("1.0.0", sv.version());
        NodeShapeView project = shape(sv.targeted(), "ProjectShape");
        assertEquals(IRIS.shapes() + "#ProjectShape", project.iri());
        assertEquals("Internationellt projekt", project.nameSv().value());
        assertEquals("International project", project.nameEn().value());
        assertEquals("Internationellt projekt", project.name().value());
        assertTrue(project.description().value().startsWith("Ett av förvaltningens"));

        ConstraintView target = project.targets().get(0);
        assertEquals("targetClass", target.key());
        assertEquals(List.of("lkp:InternationalProject"), texts(target.values()));
        assertEquals("/def/ns#InternationalProject", target.values().get(0).href());

        PropertyShapeView runBy = property(project, "lkp:runBy");
        assertEquals("drivs av", runBy.name().value());
        assertEquals(List.of("A project needs exactly one lkp:runBy organisation (org:Organization)"),
                runBy.messages().stream().map(t -> t.value()).toList());
        assertEquals(List.of("1"), texts(constraint(runBy, "minCount").values()));
        assertEquals(List.of("org:Organization"), texts(constraint(runBy, "class").values()));
        assertTrue(constraint(runBy, "class").values().get(0).external());
        assertEquals(2, project.properties().stream().filter(p -> p.path().text().value().equals("rdf:type")).count(),
                "both sh:hasValue type shapes");

        PropertyShapeView label = property(project, "skos:prefLabel");
        assertEquals("prefLabel", label.shape());
        assertFalse(label.defined(), "a shared shape is defined once, in its own section");

        NodeShapeView en = shape(mapper.map(served, PageLanguage.EN).targeted(), "ProjectShape");
        assertEquals("International project", en.name().value());
        assertEquals("/def/ns?lang=en#InternationalProject", en.targets().get(0).values().get(0).href());
    }

    @Test
    void pathsListsAndSparqlConstraintsReadAsWritten() {
        ShapesView view = mapper.map(served, PageLanguage.EN);
        NodeShapeView activity = shape(view.targeted(), "ActivityShape");
        PropertyShapeView inverse = property(activity, "^lkp:hasActivity");
        assertFalse(inverse.path().isLink());
        assertEquals(List.of("1"), texts(constraint(inverse, "minCount").values()));

        PropertyShapeView prefLabel = view.shared().stream().filter(p -> "prefLabel".equals(p.shape())).findFirst().orElseThrow();
        assertTrue(prefLabel.defined());
        assertEquals(List.of("sv", "en"), texts(constraint(prefLabel, "languageIn").values()), "the members of the list, in order");
        assertEquals(List.of("minCount", "datatype", "languageIn", "uniqueLang"),
                prefLabel.constraints().stream().map(ConstraintView::key).toList(), "in the page's order");
        assertEquals(List.of(), constraint(prefLabel, "uniqueLang").values(), "its wording says it");

        NodeShapeView known = shape(view.targeted(), "KnownTypeShape");
        assertEquals("targetObjectsOf", known.targets().get(0).key());
        ConstraintView sparql = known.constraints().stream().filter(c -> c.key().equals("sparql")).findFirst().orElseThrow();
        assertNotNull(sparql.code());
        assertTrue(sparql.code().contains("FILTER NOT EXISTS { $this a owl:Class }"), sparql.code());
        assertEquals(List.of("{$this} is not a class of the ontology (the type of {?value})"),
                known.messages().stream().map(t -> t.value()).toList());

        NodeShapeView wikidata = shape(view.valueShapes(), "WikidataEntity");
        assertTrue(wikidata.targets().isEmpty());
        assertEquals(List.of("sh:IRI"), texts(wikidata.constraints().stream()
                .filter(c -> c.key().equals("nodeKind")).findFirst().orElseThrow().values()));
        assertEquals(List.of("Is not a Wikidata entity IRI (http://www.wikidata.org/entity/Q…)"),
                wikidata.messages().stream().map(t -> t.value()).toList());

        NodeShapeView town = shape(view.targeted(), "TownShape");
        ConstraintView qualified = town.properties().stream()
                .flatMap(p -> p.constraints().stream())
                .filter(c -> c.key().equals("qualifiedValueShape") && texts(c.values()).equals(List.of("lkps:WikidataEntity")))
                .findFirst().orElseThrow();
        assertEquals("/def/shapes?lang=en#WikidataEntity", qualified.values().get(0).href());
    }

    @Test
    void everyShapeOfTheFileIsOnThePageOnceAndEveryWordingExists() {
        ShapesView view = mapper.map(served, PageLanguage.SV);
        List<String> anchors = Stream.of(
                view.targeted().stream().map(NodeShapeView::anchor),
                view.valueShapes().stream().map(NodeShapeView::anchor),
                view.shared().stream().map(PropertyShapeView::shape)).flatMap(s -> s).sorted().toList();
        String namespace = IRIS.shapes() + "#";
        List<String> inFile = shapesFile.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(namespace))
                .map(r -> r.getURI().substring(namespace.length())).sorted().toList();
        assertEquals(inFile, anchors);

        for (PageLanguage lang : PageLanguage.values()) {
            for (String key : ShapesViewMapper.KNOWN) {
                assertFalse(Templates.message("shapes.constraint." + key, lang.locale()).isBlank(), key);
            }
        }
    }

    private static NodeShapeView shape(List<NodeShapeView> shapes, String anchor) {
        return shapes.stream().filter(s -> s.anchor().equals(anchor)).findFirst().orElseThrow(() -> new AssertionError(anchor));
    }

    private static PropertyShapeView property(NodeShapeView shape, String path) {
        return shape.properties().stream().filter(p -> p.path().text().value().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(shape.anchor() + " " + path));
    }

    private static ConstraintView constraint(PropertyShapeView shape, String key) {
        return shape.constraints().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key));
    }

    private static List<String> texts(List<Value> values) {
        return values.stream().map(v -> v.text().value()).toList();
    }
}
