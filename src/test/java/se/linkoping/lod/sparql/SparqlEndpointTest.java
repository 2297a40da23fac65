package se.linkoping.lod.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.lod.store.TestData;
import se.linkoping.lod.testing.RunningSite;

/** The SPARQL endpoint through real HTTP: the protocol, result formats, and what it refuses. */
class SparqlEndpointTest {

    private static final String SELECT_PROJECTS = """
            PREFIX lkp: <https://lod.example.org/def/ns#>
            SELECT ?p WHERE { ?p a lkp:Project } ORDER BY ?p""";
    private static final String CONSTRUCT_PLACES = """
            PREFIX lkp: <https://lod.example.org/def/ns#>
            CONSTRUCT { ?p ?q ?o } WHERE { ?p a lkp:Place ; ?q ?o }""";

    @RegisterExtension
    static final RunningSite site = RunningSite.sample();
    static final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectByGetInEachResultFormat(String mediaType) throws Exception {
        HttpResponse<byte[]> response = send(get("?query=" + encode(SELECT_PROJECTS)).header("Accept", mediaType));
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith(mediaType), contentType(response));
        Lang lang = mediaType.equals("application/sparql-results+json") ? ResultSetLang.RS_JSON
                : mediaType.equals("application/sparql-results+xml") ? ResultSetLang.RS_XML
                : mediaType.equals("text/csv") ? ResultSetLang.RS_CSV : ResultSetLang.RS_TSV;
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), lang);
        List<String> projects = new ArrayList<>();
        results.forEachRemaining(row -> projects.add(row.get("p").toString()));
        assertEquals(12, projects.size());
        assertEquals("https://lod.example.org/id/project/p01", projects.get(0));
    }

    @Test
    void selectByPostForm() throws Exception {
        HttpResponse<byte[]> response = send(request("")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(SELECT_PROJECTS))));
        assertEquals(200, response.statusCode());
        assertEquals(12, rows(response));
    }

    @Test
    void selectByPostDirect() throws Exception {
        HttpResponse<byte[]> response = send(request("")
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(SELECT_PROJECTS)));
        assertEquals(200, response.statusCode());
        assertEquals(12, rows(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml"})
    void askAnswersTrueAndFalse(String mediaType) throws Exception {
        Lang lang = mediaType.endsWith("json") ? ResultSetLang.RS_JSON : ResultSetLang.RS_XML;
        for (boolean expected : new boolean[] {true, false}) {
            String ask = "ASK { <https://lod.example.org/id/place/oulu> ?p " + (expected ? "?o" : "<urn:nothing>") + " }";
            HttpResponse<byte[]> response = send(get("?query=" + encode(ask)).header("Accept", mediaType));
            assertEquals(200, response.statusCode());
            boolean answer = ResultsReader.create().lang(lang).build()
                    .readAny(new ByteArrayInputStream(response.body())).getBooleanResult();
            assertEquals(expected, answer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void constructAndDescribeInEachRdfSyntax(String mediaType) throws Exception {
        HttpResponse<byte[]> construct = send(get("?query=" + encode(CONSTRUCT_PLACES)).header("Accept", mediaType));
        assertEquals(200, construct.statusCode());
        assertTrue(contentType(construct).startsWith(mediaType), contentType(construct));
        assertEquals(8, parse(construct, mediaType).size());

        String describe = "DESCRIBE <https://lod.example.org/id/place/forde>";
        HttpResponse<byte[]> described = send(get("?query=" + encode(describe)).header("Accept", mediaType));
        assertEquals(200, described.statusCode());
        Model model = parse(described, mediaType);
        assertTrue(model.contains(model.createResource("https://lod.example.org/id/place/forde"),
                org.apache.jena.vocabulary.RDFS.label, "Førde"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/rdf+xml", "application/ld+json"})
    void plainGetServesTheServiceDescription(String mediaType) throws Exception {
        HttpResponse<byte[]> response = send(get("").header("Accept", mediaType));
        assertEquals(200, response.statusCode());
        Model description = parse(response, mediaType);
        Resource endpoint = description.createResource("https://lod.example.org/sparql");
        assertTrue(description.contains(endpoint, ServiceDescriptionTest.SD_ENDPOINT, endpoint));
        assertTrue(description.contains(endpoint, ServiceDescriptionTest.SD_SUPPORTED_LANGUAGE,
                description.createResource(ServiceDescriptionTest.SD + "SPARQL11Query")));
    }

    @Test
    void plainGetWithoutAcceptIsTurtle() throws Exception {
        HttpResponse<byte[]> response = send(get(""));
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/turtle"), contentType(response));
    }

    @Test
    void updatesAndGraphStoreWritesAreRefusedAndChangeNothing() throws Exception {
        long before = TestData.countTriples(site.dataset);
        String insert = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        List<HttpRequest.Builder> writes = List.of(
                request("").header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(insert))),
                request("").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(insert)),
                request("").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("LOAD <file:///etc/hostname>")),
                request("").header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")),
                request("?default").header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")),
                request("?default").header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")),
                request("").header("Content-Type", "text/turtle")
                        .POST(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")),
                request("?default").DELETE(),
                request("").DELETE());
        for (HttpRequest.Builder write : writes) {
            HttpResponse<byte[]> response = send(write);
            HttpRequest sent = write.build();
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                    sent.method() + " " + sent.uri() + " answered " + response.statusCode());
        }
        assertEquals(before, TestData.countTriples(site.dataset));
        assertEquals(TestData.TRIPLES, before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "http://127.0.0.1:1/sparql", "https://query.wikidata.org/sparql"})
    void serviceIsRefused(String service) throws Exception {
        String query = "SELECT * WHERE { SERVICE <" + service + "> { ?s ?p ?o } }";
        HttpResponse<byte[]> response = send(get("?query=" + encode(query)).header("Accept", "application/sparql-results+json"));
        assertEquals(422, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("SERVICE"));
        assertEquals(200, send(get("?query=" + encode(SELECT_PROJECTS))).statusCode());
    }

    @Test
    void fromFileReadsNothingFromDisk() throws Exception {
        String query = "SELECT * FROM <file:///etc/passwd> FROM NAMED <file:///etc/passwd> WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }";
        HttpResponse<byte[]> response = send(get("?query=" + encode(query)).header("Accept", "text/csv"));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("root:"), body);
        if (response.statusCode() == 200) {
            assertEquals(0, ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_CSV)
                    .rewindable().size());
        } else {
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, body);
        }
    }

    @Test
    void badQueryIs400() throws Exception {
        assertEquals(400, send(get("?query=" + encode("SELECT WHERE {"))).statusCode());
    }

    private static int rows(HttpResponse<byte[]> response) {
        return ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON).rewindable().size();
    }

    private static Model parse(HttpResponse<byte[]> response, String mediaType) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(response.body()))
                .lang(RDFLanguages.contentTypeToLang(mediaType))
                .parse(model);
        return model;
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static HttpRequest.Builder get(String query) {
        return request(query).GET();
    }

    private static HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create(site.server.sparqlUrl() + query)).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
