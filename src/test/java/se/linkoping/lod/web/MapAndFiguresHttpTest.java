package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.linkoping.lod.testing.RunningSite;

/**
 * The map's data, the figures page and the year archive through the real server: {@code /map.geojson}
 * read by Python's own JSON parser and checked as GeoJSON (RFC 7946), with every town within 0.01° of
 * GeoNames' coordinates; the charts, their tables and queries; and all of them following a staff write
 * (a new data version: new content, new ETag).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapAndFiguresHttpTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.admin();

    /** GeoNames' coordinates (latitude, longitude) of the towns, by their IRIs' last segment. */
    private static final Map<String, double[]> GEONAMES = Map.of(
            "linkoping", new double[] {58.41086, 15.62157},
            "kaunas", new double[] {54.90272, 23.90961},
            "joensuu", new double[] {62.60118, 29.76316},
            "palo-alto", new double[] {37.44188, -122.14302},
            "tours", new double[] {47.39484, 0.70398},
            "tonsberg", new double[] {59.26754, 10.40762},
            "tampere", new double[] {61.49911, 23.78712});

    /**
     * Checks a GeoJSON document as RFC 7946 has it (a FeatureCollection of Features, each with an
     * id, properties and a geometry that is null or a Point of [longitude, latitude] on the Earth) and
     * prints each feature's id with its kind and coordinates, one a line.
     */
    private static final String GEOJSON_CHECK = """
            import json, sys
            doc = json.load(sys.stdin)
            assert doc["type"] == "FeatureCollection", doc.get("type")
            assert isinstance(doc["features"], list) and doc["features"]
            for f in doc["features"]:
                assert f["type"] == "Feature", f
                assert isinstance(f["properties"], dict), f
                assert isinstance(f["id"], str), f
                g = f["geometry"]
                if g is None:
                    print(f["id"], f["properties"]["kind"], "-", "-")
                    continue
                assert g["type"] == "Point", g
                lon, lat = g["coordinates"]
                assert all(isinstance(c, (int, float)) for c in (lon, lat)), g
                assert -180 <= lon <= 180 and -90 <= lat <= 90, g
                print(f["id"], f["properties"]["kind"], lon, lat)
            """;

    @Test
    @Order(1)
    void theMapDataIsGeoJsonWithEveryTownWhereGeoNamesHasIt() throws Exception {
        HttpResponse<byte[]> response = site.get(site.url("map.geojson"), Map.of());
        assertEquals(200, response.statusCode());
        assertEquals("application/geo+json", response.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        Map<String, String[]> features = checkedGeoJson(response.body());
        assertEquals(GEONAMES.keySet(), towns(features).keySet(), "every town of the data, and only they, with a point");
        GEONAMES.forEach((town, expected) -> {
            String[] feature = towns(features).get(town);
            double lon = Double.parseDouble(feature[2]);
            double lat = Double.parseDouble(feature[3]);
            assertTrue(Math.abs(lat - expected[0]) < 0.01 && Math.abs(lon - expected[1]) < 0.01,
                    town + " at " + lat + ", " + lon + ", GeoNames has " + expected[0] + ", " + expected[1]);
        });
        assertEquals("home", towns(features).get("linkoping")[1]);
        assertEquals("twin", towns(features).get("kaunas")[1]);
        assertEquals("partner", towns(features).get("tampere")[1]);
        for (String country : new String[] {"italy", "france"}) {
            String[] feature = features.get(site.url("id/country/" + country));
            assertEquals("partner", feature[1], country);
            assertEquals("-", feature[2], country + " is a feature without a point");
        }
    }

    @Test
    @Order(2)
    void theMapPageListsEveryPlaceWithItsCoordinatesAndLinks() {
        String sv = site.get("map", "text/html").body();
        for (String town : GEONAMES.keySet()) {
            assertTrue(sv.contains("href=\"/doc/town/" + town + "\""), town);
        }
        assertTrue(sv.contains("58.41086, 15.62157"), "Linköping's coordinates, for readers without scripts");
        assertTrue(sv.contains("href=\"/doc/country/italy\""));
        assertTrue(sv.contains("Teckenförklaring") && sv.contains("Vänort"));
        assertTrue(sv.contains("src=\"/leaflet/leaflet.js\""));
        assertFalse(Pattern.compile("(src|href)=\"https?://").matcher(sv.replaceAll("<a [^>]*>", "")).find(),
                "the page loads nothing from another host");
        String en = site.get("map?lang=en", "text/html").body();
        assertTrue(en.contains("Legend") && en.contains("Twin town") && en.contains("href=\"/doc/town/kaunas?lang=en\""));
        for (String page : new String[] {"", "towns", "doc/town/kaunas"}) {
            assertTrue(site.get(page, "text/html").body().contains("href=\"/map\""), page + " links to the map");
        }
        assertEquals(200, site.get(site.url("leaflet/leaflet.js"), Map.of()).statusCode());
        assertEquals(200, site.get(site.url("world/countries-110m.geojson"), Map.of()).statusCode());
    }

    @Test
    @Order(3)
    void theFiguresPageDrawsEachChartWithItsTableAndItsQuery() throws Exception {
        String html = site.get("figures", "text/html").body();
        for (String chart : new String[] {"by-programme", "by-year", "by-country", "memberships"}) {
            assertTrue(html.contains("aria-labelledby=\"" + chart + "-title " + chart + "-desc\""), chart);
        }
        assertEquals(4, count(html, "<svg class=\"chart\""));
        assertEquals(4, count(html, "<table class=\"data\">"));
        assertTrue(html.contains("<title id=\"by-programme-title\">Projekt efter program</title>"));
        assertTrue(row(html, "Erasmus+").equals("3"), "three Erasmus+ projects: " + row(html, "Erasmus+"));
        assertTrue(row(html, "2023").equals("6"), "six projects ongoing in 2023");
        assertEquals("1", row(html, "Italien"));
        assertEquals("1", row(html, "Litauen"));
        assertEquals("1", row(html, "2015"), "the ICORN membership since 2015");

        Matcher link = Pattern.compile("href=\"(/query\\?query=[^\"]+)\"").matcher(html);
        assertTrue(link.find(), "a link opens each query on the query page");
        String query = URLDecoder.decode(link.group(1).substring("/query?query=".length()).replace("&amp;", "&"),
                StandardCharsets.UTF_8);
        assertTrue(query.startsWith("# Projects by programme"), query);
        HttpResponse<String> answer = site.send(HttpRequest.newBuilder(URI.create(site.url("sparql")))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Erasmus+") && answer.body().contains(",3"), answer.body());
        assertEquals(200, site.get(link.group(1).replace("&amp;", "&"), "text/html").statusCode());
        assertTrue(site.get("figures?lang=en", "text/html").body().contains("Projects by programme"));
    }

    @Test
    @Order(4)
    void theYearArchiveListsTheProjectsOfAYear() {
        String year = site.get("projects?year=2023", "text/html").body();
        assertTrue(year.contains("<h1>Projekt 2023</h1>"), year);
        assertTrue(year.contains("Fristad Linköping") && year.contains("När ett utrymme blir en plats"));
        String empty = site.get("projects?year=2019", "text/html").body();
        assertTrue(empty.contains("Inga projekt pågick under året 2019"), empty);
        assertTrue(empty.contains("href=\"/projects?year=2023\""), "a later year with projects is linked");
        HttpResponse<String> bad = site.get("projects?year=twenty", "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(site.get("projects", "text/html").body().contains("href=\"/figures\""),
                "the projects lead to their years by the figures");
        assertTrue(site.get("figures", "text/html").body().contains("href=\"/projects?year=2023\""),
                "each year of the chart links to its year of the archive");
        String home = site.get("", "text/html").body();
        assertTrue(home.contains("href=\"/projects?year=2023\""), "the home page links its year to the archive");
    }

    @Test
    @Order(5)
    void theMapAndTheChartsFollowAStaffWrite() throws Exception {
        HttpResponse<byte[]> geoBefore = site.get(site.url("map.geojson"), Map.of());
        String geoTag = geoBefore.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, site.get(site.url("map.geojson"), Map.of("If-None-Match", geoTag)).statusCode());
        HttpResponse<String> figuresBefore = site.get("figures", "text/html");
        String figuresTag = figuresBefore.headers().firstValue("ETag").orElseThrow();
        String mapTag = site.get("map", "text/html").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> write = site.update("""
                PREFIX lkp: <https://w3id.org/lkp/def/ns#>
                PREFIX geo: <http://www.opengis.net/ont/geosparql#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                DELETE { ?g geo:asWKT ?old . <id/project/green-challenge> lkp:programme ?programme }
                INSERT { ?g geo:asWKT "POINT(23.9 54.9)"^^geo:wktLiteral .
                         <id/project/green-challenge> lkp:ongoingIn "2024"^^xsd:gYear ;
                             lkp:programme <id/programme/cerv> }
                WHERE { <id/town/kaunas> geo:hasGeometry ?g . ?g geo:asWKT ?old .
                        <id/project/green-challenge> lkp:programme ?programme }""");
        assertEquals(200, write.statusCode(), write.body());

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<byte[]> geoAfter = site.get(site.url("map.geojson"), Map.of("If-None-Match", geoTag));
        while (geoAfter.statusCode() == 304 && System.nanoTime() < end) {
            Thread.sleep(200);
            geoAfter = site.get(site.url("map.geojson"), Map.of("If-None-Match", geoTag));
        }
        assertEquals(200, geoAfter.statusCode(), "the old ETag no longer matches once the new version is served");
        assertNotEquals(geoTag, geoAfter.headers().firstValue("ETag").orElseThrow());
        String[] kaunas = towns(checkedGeoJson(geoAfter.body())).get("kaunas");
        assertEquals("23.9", kaunas[2]);
        assertEquals("54.9", kaunas[3]);

        HttpResponse<String> figuresAfter = site.get("figures", "text/html");
        assertNotEquals(figuresTag, figuresAfter.headers().firstValue("ETag").orElseThrow());
        assertEquals("1", row(figuresAfter.body(), "2024"), "a project ongoing in 2024 as well");
        assertEquals("2", row(figuresAfter.body(), "CERV"), "and now counted under CERV too");
        assertNotEquals(mapTag, site.get("map", "text/html").headers().firstValue("ETag").orElseThrow());
        assertTrue(site.get("projects?year=2024", "text/html").body().contains("Green challenge"));
        assertTrue(site.get("projects?year=2023", "text/html").body().contains("href=\"/projects?year=2024\""),
                "2023 links the later year");
    }

    /** The features of a GeoJSON document as Python's checker printed them: id to {id, kind, lon, lat}. */
    private static Map<String, String[]> checkedGeoJson(byte[] body) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", "-c", GEOJSON_CHECK).redirectErrorStream(true).start();
        try (OutputStream in = python.getOutputStream()) {
            in.write(body);
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(python.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, python.exitValue(), "not valid GeoJSON: " + out);
        Map<String, String[]> features = new TreeMap<>();
        for (String line : out.strip().split("\n")) {
            String[] parts = line.split(" ");
            features.put(parts[0], parts);
        }
        return features;
    }

    private static Map<String, String[]> towns(Map<String, String[]> features) {
        Map<String, String[]> towns = new TreeMap<>();
        String prefix = site.url("id/town/");
        features.forEach((id, parts) -> {
            if (id.startsWith(prefix)) {
                towns.put(id.substring(prefix.length()), parts);
            }
        });
        return towns;
    }

    /** The figure beside a label in the first table row that names it. */
    private static String row(String html, String label) {
        Matcher row = Pattern.compile("<tr><th scope=\"row\">(?:<a [^>]*>)?(?:<span [^>]*>)?" + Pattern.quote(label)
                + "(?:</span>)?(?:</a>)?</th><td>([0-9]+)</td></tr>").matcher(html);
        return row.find() ? row.group(1) : "no row " + label;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
