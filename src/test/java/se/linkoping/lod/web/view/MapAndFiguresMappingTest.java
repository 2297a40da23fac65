package se.linkoping.lod.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.RDF;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.LocalStore;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.testing.RunningSite;

/**
 * The map's, the figures' and the year archive's queries run over the seed data in memory; their
 * mappers turn the results into what the templates and {@code /map.geojson} show, without a server.
 */
class MapAndFiguresMappingTest {

    private static final Iris IRIS = new Iris("https://lod.example.se/");

    private static LocalStore store;
    private static QueryLibrary queries;

    @BeforeAll
    static void load() {
        DatasetGraph dataset = RunningSite.inMemory(IRIS);
        store = new LocalStore(dataset, IRIS);
        queries = new QueryLibrary("web", IRIS);
    }

    @Test
    void theMapHasEveryTownWithItsPointAndKindAndThePartnerCountries() {
        MapView map = new MapViewMapper(IRIS).map(store.select(queries.get("map")), PageLanguage.EN);
        assertEquals(List.of("linkoping", "kaunas", "joensuu", "palo-alto", "tours", "tonsberg", "tampere"),
                map.towns().stream().map(t -> t.iri().substring(t.iri().lastIndexOf('/') + 1)).toList(),
                "the publisher's town, the twin towns in the page's order, then the others");
        MapView.Place linkoping = map.towns().get(0);
        assertEquals(MapView.Kind.HOME, linkoping.kind());
        assertEquals(15.62157, linkoping.longitude());
        assertEquals(58.41086, linkoping.latitude());
        assertEquals("58.41086, 15.62157", linkoping.coordinates());
        assertEquals("Sweden", linkoping.country().value());
        MapView.Place kaunas = map.towns().get(1);
        assertEquals(MapView.Kind.TWIN, kaunas.kind());
        assertTrue(kaunas.partner(), "Kaunas is a twin town and a partner of a project");
        assertEquals("/doc/town/kaunas?lang=en", kaunas.href());
        assertEquals(MapView.Kind.PARTNER, map.towns().get(6).kind());
        assertEquals(List.of("France", "Italy"), map.countries().stream().map(c -> c.labelEn()).sorted().toList());
    }

    @Test
    void aPointMustBeAWktPointOnTheEarth() {
        assertEquals(2, MapViewMapper.point(ResourceFactory.createTypedLiteral("POINT(10.5 59.2)")).orElseThrow().length);
        assertTrue(MapViewMapper.point(ResourceFactory.createTypedLiteral("POINT(59.2 100.5)")).isEmpty());
        assertTrue(MapViewMapper.point(ResourceFactory.createTypedLiteral("LINESTRING(1 2, 3 4)")).isEmpty());
        assertTrue(MapViewMapper.point(null).isEmpty());
    }

    @Test
    void theGeoJsonHasAPointFeatureForEachTownLongitudeFirst() {
        MapView map = new MapViewMapper(IRIS).map(store.select(queries.get("map")), PageLanguage.SV);
        JsonObject geoJson = GeoJson.of(map);
        assertEquals("FeatureCollection", geoJson.getString("type"));
        JsonArray features = geoJson.get("features").getAsArray();
        assertEquals(map.towns().size() + map.countries().size(), features.size());
        JsonObject tours = features.stream().map(f -> f.getAsObject())
                .filter(f -> f.getString("id").equals(IRIS.resolve("id/town/tours"))).findFirst().orElseThrow();
        JsonArray coordinates = tours.get("geometry").getAsObject().get("coordinates").getAsArray();
        assertEquals(0.70398, coordinates.get(0).getAsNumber().value().doubleValue(), 1e-9);
        assertEquals(47.39484, coordinates.get(1).getAsNumber().value().doubleValue(), 1e-9);
        assertEquals("twin", tours.get("properties").getAsObject().getString("kind"));
        JsonObject italy = features.stream().map(f -> f.getAsObject())
                .filter(f -> f.getString("id").equals(IRIS.resolve("id/country/italy"))).findFirst().orElseThrow();
        assertTrue(italy.get("geometry").isNull(), "a country has no point of its own");
    }

    @Test
    void theChartsCountTheSeedData() {
        FiguresViewMapper mapper = new FiguresViewMapper(IRIS);
        List<FiguresViewMapper.Count> programmes =
                mapper.countsOfThings(store.select(queries.get("figures-by-programme")), "programme", PageLanguage.SV);
        assertEquals("Erasmus+", programmes.get(0).label().value());
        assertEquals(3, programmes.get(0).value());
        assertEquals(6, programmes.stream().mapToLong(FiguresViewMapper.Count::value).sum(), "six projects, one programme each");

        List<FiguresViewMapper.Count> years = FiguresViewMapper.projectsByYear(store.select(queries.get("figures-by-year")),
                "/projects?lang=en");
        assertEquals(1, years.size());
        assertEquals("/projects?lang=en&year=2023", years.get(0).href());
        assertEquals(6, years.get(0).value());

        List<FiguresViewMapper.Count> countries =
                mapper.countsOfThings(store.select(queries.get("figures-by-country")), "country", PageLanguage.EN);
        assertEquals(List.of("Finland", "France", "Italy", "Lithuania"),
                countries.stream().map(c -> c.label().value()).sorted().toList(),
                "Finland and Lithuania through Tampere and Kaunas");

        List<FiguresViewMapper.Count> memberships =
                FiguresViewMapper.membershipsOverTime(store.select(queries.get("figures-memberships")), 2026);
        assertEquals("2015", memberships.get(0).label().value());
        assertEquals(12, memberships.size(), "2015 to 2026");
        assertTrue(memberships.stream().allMatch(m -> m.value() == 1));
    }

    @Test
    void aChartIsLaidOutToItsLongestBar() {
        Chart chart = FiguresViewMapper.chart("test", List.of(
                new FiguresViewMapper.Count(Text.plain("a"), null, 7),
                new FiguresViewMapper.Count(Text.plain("b"), "/b", 2)), "SELECT * {}", "/query");
        assertEquals("/query?query=SELECT+*+%7B%7D", chart.queryHref());
        assertEquals(List.of(0L, 2L, 4L, 6L, 8L), chart.ticks().stream().map(Chart.Tick::value).toList());
        assertEquals(Chart.BARS_WIDTH * 7.0 / 8, chart.bars().get(0).width(), 1e-9);
        assertEquals(Chart.MARGIN + Chart.ROW, chart.bars().get(1).y());
        assertTrue(FiguresViewMapper.chart("none", List.of(), "q", "/query?lang=en").bars().isEmpty());
        assertTrue(FiguresViewMapper.chart("none", List.of(), "q", "/query?lang=en").queryHref().startsWith("/query?lang=en&query="));
    }

    @Test
    void theYearArchiveFindsTheYearsOfTheProjects() {
        Model model = ModelFactory.createDefaultModel();
        String lkp = "https://w3id.org/lkp/def/ns#";
        var ongoing = model.createResource("https://lod.example.se/id/project/a")
                .addProperty(model.createProperty(lkp + "ongoingIn"), "2023");
        var spanning = model.createResource("https://lod.example.se/id/project/b")
                .addProperty(model.createProperty("http://schema.org/startDate"), "2020-09-01")
                .addProperty(model.createProperty("http://schema.org/endDate"), "2022-06-30");
        NavigableSet<Integer> years = YearArchive.years(model, List.of(ongoing, spanning));
        assertEquals(new TreeSet<>(List.of(2020, 2021, 2022, 2023)), years);
        assertTrue(YearArchive.in(model, spanning, 2021));
        assertEquals(2023, YearArchive.current(years, 2026), "the latest year up to today with projects");
        assertEquals(2021, YearArchive.current(years, 2021));
        assertEquals(2020, YearArchive.current(years, 2010), "before any project: the first year");
        YearArchive.YearNav nav = YearArchive.YearNav.around(2022, years, "/projects");
        assertEquals("/projects?year=2021", nav.earlierHref());
        assertEquals("/projects?year=2023", nav.laterHref());
        assertNull(YearArchive.YearNav.around(2023, years, "/projects").laterHref());
    }

    @Test
    void theYearsChartCountsAProjectWithoutAnEndInItsStartYearOnlyAsTheYearArchiveDoes() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dataset, () -> RDFParser.fromString("""
                @prefix lkp: <https://w3id.org/lkp/def/ns#> .
                @prefix schema: <http://schema.org/> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://lod.example.se/id/project/open> a lkp:InternationalProject ;
                    schema:startDate "2020-05-01"^^xsd:date .
                <https://lod.example.se/id/project/closed> a lkp:InternationalProject ;
                    schema:startDate "2019-01-01"^^xsd:date ; schema:endDate "2021-12-31"^^xsd:date .
                """, Lang.TURTLE).parse(dataset.getDefaultGraph()));
        List<FiguresViewMapper.Count> years = FiguresViewMapper.projectsByYear(
                new LocalStore(dataset, IRIS).select(queries.get("figures-by-year")), "/projects");
        assertEquals(List.of("2019=1", "2020=2", "2021=1"),
                years.stream().map(c -> c.label().value() + "=" + c.value()).toList());

        Model model = ModelFactory.createModelForGraph(dataset.getDefaultGraph());
        assertEquals(Set.of(2019, 2020, 2021), YearArchive.years(model,
                model.listSubjectsWithProperty(RDF.type, model.createResource("https://w3id.org/lkp/def/ns#InternationalProject"))
                        .toList()));
        assertFalse(YearArchive.in(model, model.createResource("https://lod.example.se/id/project/open"), 2021));
    }
}
