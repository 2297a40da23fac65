package se.linkoping.lod.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.NodeList;

import se.linkoping.lod.testing.RunningSite;

/**
 * The catalogue, VoID, dumps and sitemap as portals, crawlers and linked-data clients see them:
 * the project's data loaded by the real loader into TDB2, the whole site on a real server, real HTTP.
 */
class CatalogHttpTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @BeforeAll
    static void serve() {
        site.dumps.write(site.store, site.store.version(), () -> false);
    }

    @Test
    void theCatalogueIsRdfXmlForAnyClientAndMeetsDcatApSe() throws Exception {
        for (Optional<String> accept : List.of(Optional.of("*/*"), Optional.<String>empty())) {
            HttpResponse<byte[]> response = get("datasets/dcat", accept);

            assertEquals(200, response.statusCode());
            assertEquals("application/rdf+xml", mediaType(response));
            assertEquals("*", header(response, "Access-Control-Allow-Origin"));
            assertTrue(header(response, "ETag").startsWith("\""));
            assertFalse(header(response, "Last-Modified").isEmpty());
            Model catalog = parse(response.body(), Lang.RDFXML);
            assertEquals(List.of(), DcatApValidator.violations(catalog));
        }
    }

    @Test
    void theCatalogueComesInTurtleAndJsonLdByNegotiationAndSaysTheSame() throws Exception {
        Model rdfXml = parse(get("datasets/dcat", Optional.of("application/rdf+xml")).body(), Lang.RDFXML);
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            HttpResponse<byte[]> response = get("datasets/dcat",
                    Optional.of(lang.getHeaderString() + ", application/rdf+xml;q=0.5"));
            assertEquals(lang.getHeaderString(), mediaType(response));
            assertTrue(rdfXml.isIsomorphicWith(parse(response.body(), lang)), lang.getLabel());
        }
        assertEquals(406, get("datasets/dcat", Optional.of("application/pdf")).statusCode());
    }

    @Test
    void aPortalHarvestsTheCatalogueAndFindsEveryTripleInTheDumps() throws Exception {
        Model catalog = parse(get("datasets/dcat", Optional.of("*/*")).body(), Lang.RDFXML);
        String wholeDataset = site.iris.dataset();
        long storeTriples = countOverSparql(catalog);

        int downloads = 0;
        for (Resource dataset : catalog.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()) {
            for (Resource distribution : dataset.listProperties(DCAT.distribution).mapWith(s -> s.getResource()).toList()) {
                Resource download = distribution.getPropertyResourceValue(DCAT.downloadURL);
                if (download == null) {
                    continue;
                }
                HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(URI.create(download.getURI())).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, file.statusCode(), download.getURI());
                assertEquals("*", header(file, "Access-Control-Allow-Origin"));
                long byteSize = distribution.getProperty(DCAT.byteSize).getLong();
                assertEquals(byteSize, file.body().length, download.getURI());
                assertEquals(Long.toString(byteSize), header(file, "Content-Length"));
                String mediaType = distribution.getPropertyResourceValue(DCAT.mediaType).getURI()
                        .substring("https://www.iana.org/assignments/media-types/".length());
                boolean gzipped = distribution.hasProperty(DCAT.compressFormat);
                assertEquals(gzipped ? "application/gzip" : mediaType, mediaType(file), download.getURI());
                InputStream body = new ByteArrayInputStream(file.body());
                Model data = parse(gzipped ? new GZIPInputStream(body) : body, RDFLanguages.contentTypeToLang(mediaType));
                if (dataset.getURI().equals(wholeDataset) || dataset.hasProperty(DCTerms.isVersionOf)) {
                    assertEquals(storeTriples, data.size(), download.getURI());
                } else {
                    assertFalse(data.isEmpty(), download.getURI());
                    assertTrue(data.size() < storeTriples, download.getURI());
                }
                downloads++;
            }
        }
        assertEquals(13, downloads, "three formats for the whole and each of three subjects, and the version kept");
    }

    @Test
    void voidDescribesTheDatasetWithItsCountsEndpointAndDumps() throws Exception {
        HttpResponse<byte[]> response = get(".well-known/void", Optional.empty());

        assertEquals(200, response.statusCode());
        assertEquals("text/turtle", mediaType(response));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        Model description = parse(response.body(), Lang.TURTLE);
        Resource dataset = description.getResource(site.iris.dataset());
        assertTrue(dataset.hasProperty(RDF.type, VOID.Dataset));
        assertEquals(site.triples(), dataset.getProperty(VOID.triples).getLong());
        assertEquals(site.iris.resolve("id/"), dataset.getProperty(VOID.uriSpace).getString());
        assertEquals(site.iris.resolve("sparql"), dataset.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertTrue(dataset.hasProperty(VOID.dataDump, description.createResource(site.iris.resolve("dumps/all.nt.gz"))));
        assertTrue(dataset.hasProperty(VOID.vocabulary, description.createResource("http://www.w3.org/ns/org#")));
        assertTrue(dataset.listProperties(VOID.classPartition).toList().size() > 5);
        assertTrue(dataset.listProperties(VOID.propertyPartition).toList().size() > 5);
        assertTrue(dataset.hasProperty(VOID.exampleResource));
        assertEquals(3, dataset.listProperties(VOID.subset).toList().size());
        assertEquals("application/ld+json", mediaType(get(".well-known/void", Optional.of("application/ld+json"))));
    }

    @Test
    void aDumpAnswersConditionalRequestsAndUnknownDumpsAre404() throws Exception {
        HttpResponse<byte[]> first = get("dumps/all.nt.gz", Optional.empty());
        String etag = header(first, "ETag");

        HttpResponse<byte[]> again = HTTP.send(HttpRequest.newBuilder(URI.create(site.iris.resolve("dumps/all.nt.gz")))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        for (String path : List.of("dumps/all.nt.gz", "datasets/dcat")) {
            String lastModified = header(get(path, Optional.empty()), "Last-Modified");
            HttpResponse<byte[]> since = HTTP.send(HttpRequest.newBuilder(URI.create(site.iris.resolve(path)))
                    .header("If-Modified-Since", lastModified).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, since.statusCode(), path);
        }
        assertEquals(404, get("dumps/nothing.ttl", Optional.empty()).statusCode());

        HttpResponse<byte[]> head = HTTP.send(HttpRequest.newBuilder(URI.create(site.iris.resolve("dumps/all.nt.gz")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Long.toString(first.body().length), header(head, "Content-Length"));
        assertEquals(etag, header(head, "ETag"));
    }

    @Test
    void everyPageInTheSitemapAnswers() throws Exception {
        HttpResponse<byte[]> response = get("sitemap.xml", Optional.empty());
        assertEquals(200, response.statusCode());
        assertEquals("application/xml", mediaType(response));
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        NodeList locations = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body())).getElementsByTagName("loc");
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            pages.add(locations.item(i).getTextContent());
        }

        assertTrue(pages.contains(site.iris.resolve("projects")));
        assertTrue(pages.contains(site.iris.resolve("query")));
        assertTrue(pages.contains(site.iris.resolve("def/ns")));
        assertTrue(pages.contains(site.iris.resolve("doc/town/kaunas")));
        assertTrue(pages.contains(site.iris.resolve("doc/project/art4rights")), pages.toString());
        for (String page : pages) {
            HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(URI.create(page))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), page);
            assertEquals("text/html", mediaType(answer), page);
        }
        String robots = new String(get("robots.txt", Optional.empty()).body(), StandardCharsets.UTF_8);
        assertTrue(robots.contains("Sitemap: " + site.iris.resolve("sitemap.xml")), robots);
    }

    private static long countOverSparql(Model catalog) throws Exception {
        Resource service = catalog.listSubjectsWithProperty(RDF.type, DCAT.DataService).next();
        String endpoint = service.getPropertyResourceValue(DCAT.endpointURL).getURI();
        String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + query))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        long count = Long.parseLong(answer.body().lines().skip(1).findFirst().orElseThrow().trim());
        assertEquals(site.triples(), count);
        return count;
    }

    private static HttpResponse<byte[]> get(String path, Optional<String> accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.iris.resolve(path)));
        accept.ifPresent(value -> request.header("Accept", value));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String mediaType(HttpResponse<?> response) {
        return header(response, "Content-Type").split(";")[0].trim();
    }

    private static Model parse(byte[] body, Lang lang) {
        return parse(new ByteArrayInputStream(body), lang);
    }

    private static Model parse(InputStream body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(body).lang(lang).parse(model);
        return model;
    }
}
