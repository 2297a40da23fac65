package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.testing.RunningSite;

/**
 * Dereferencing and content negotiation through HTTP, on every thing of the seed data, against a
 * real server over a real TDB2 store.
 */
class LinkedDataHttpTest {

    @RegisterExtension
    static final RunningSite site = RunningSite.seed();

    static Stream<String> things() {
        List<String> things = site.things();
        assertTrue(things.size() > 30, "the seed data has its things: " + things.size());
        return things.stream();
    }

    static Stream<Arguments> thingsAndVariants() {
        return things().flatMap(thing -> Variant.all().stream().map(v -> Arguments.of(thing, v.extension())));
    }

    private static String docUrl(String thing) {
        return site.url(Iris.DOC_PATH + site.iris.relativize(thing).substring(Iris.ID_PATH.length()));
    }

    private static String path(String url) {
        return url.substring(site.iris.base().length() - 1);
    }

    @ParameterizedTest
    @MethodSource("things")
    void aThingAnswers303ToItsDocument(String thing) {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<byte[]> response = site.send(method, thing, Map.of("Accept", "text/turtle"));
            assertEquals(303, response.statusCode(), method + " " + thing);
            assertEquals(path(docUrl(thing)), response.headers().firstValue("Location").orElseThrow());
            assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        }
    }

    @Test
    void theRedirectKeepsThePagesLanguage() {
        HttpResponse<byte[]> english = site.send("GET", site.url("id/project/art4rights?lang=en"), Map.of());
        assertEquals(303, english.statusCode());
        assertEquals("/doc/project/art4rights?lang=en", english.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> unknown = site.send("GET", site.url("id/project/art4rights?lang=xx"), Map.of());
        assertEquals("/doc/project/art4rights", unknown.headers().firstValue("Location").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"doc/project/art4rights/", "doc/project/art4rights/?lang=en", "projects/", "query/?example=x"})
    void aTrailingSlashLeadsToThePagesOneAddress(String path) {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<byte[]> response = site.send(method, site.url(path), Map.of("Accept", "text/html"));
            assertEquals(301, response.statusCode(), method + " " + path);
            assertEquals("/" + path.replaceAll("/+(\\?|$)", "$1"), response.headers().firstValue("Location").orElseThrow());
        }
        assertEquals(200, site.send("GET", site.url(""), Map.of("Accept", "text/html")).statusCode(), "the home page");
    }

    @Test
    void applicationJsonGetsJsonLdOfTheDocumentTheOntologyAndTheCatalogue() {
        String art4rights = site.url("id/project/art4rights");
        for (String url : List.of(docUrl(art4rights), site.url("def/ns"), site.url("datasets/dcat"))) {
            HttpResponse<byte[]> response = site.get(url, Map.of("Accept", "application/json"));
            assertEquals(200, response.statusCode(), url);
            assertEquals("application/ld+json", contentType(response), url);
            assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"), url);
        }
        Model model = parse(site.get(docUrl(art4rights), Map.of("Accept", "application/json")).body(),
                Variant.byExtension("jsonld").orElseThrow());
        assertTrue(model.containsResource(model.createResource(art4rights)));
        HttpResponse<byte[]> preferred = site.get(docUrl(art4rights), Map.of("Accept", "application/json;q=0.5, text/turtle"));
        assertEquals("text/turtle", contentType(preferred), "a client's preference still wins");
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("thingsAndVariants")
    void theDocumentNegotiatesEveryVariant(String thing, String extension) {
        Variant variant = Variant.byExtension(extension).orElseThrow();
        HttpResponse<byte[]> response = site.get(docUrl(thing), Map.of("Accept", variant.mediaType(), "Cache-Control", "no-cache"));
        assertEquals(200, response.statusCode(), thing);
        assertEquals(variant.mediaType(), contentType(response));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        assertEquals(path(docUrl(thing)) + "." + extension, response.headers().firstValue("Content-Location").orElseThrow());
        String link = String.join(", ", response.headers().allValues("Link"));
        for (Variant other : Variant.all()) {
            assertTrue(link.contains("<" + path(docUrl(thing)) + "." + other.extension() + ">; rel=\"alternate\"; type=\""
                    + other.mediaType() + "\""), link);
        }
        assertNotNull(response.headers().firstValue("ETag").orElse(null));
        assertNotNull(response.headers().firstValue("Last-Modified").orElse(null));
        int queries = Integer.parseInt(response.headers().firstValue(CountingStore.HEADER).orElseThrow());
        assertTrue(queries >= 1 && queries <= 2, "store queries: " + queries);
        if (variant.isHtml()) {
            String html = RunningSite.text(response);
            assertTrue(html.contains("<html lang=\"sv\">"), thing);
            for (MediaTypes.Format format : MediaTypes.documentFormats()) {
                assertTrue(html.contains("<link rel=\"alternate\" type=\"" + format.mediaType() + "\""), format.mediaType());
            }
            assertTrue(html.contains("application/ld+json"), "schema.org JSON-LD in the head");
            assertTrue(html.contains("http://creativecommons.org/publicdomain/zero/1.0/"), "licence shown");
        } else {
            Model model = parse(response.body(), variant);
            Resource subject = model.createResource(thing);
            assertTrue(model.contains(subject, RDF.type), "the thing's own triples");
            Resource document = model.createResource(docUrl(thing));
            assertTrue(model.contains(document, FOAF.primaryTopic, subject));
            assertTrue(model.contains(document, DCTerms.license,
                    model.createResource("http://creativecommons.org/publicdomain/zero/1.0/")));
            assertTrue(model.contains(document, VOID.inDataset, model.createResource(site.iris.dataset())));
            assertTrue(model.contains(document, DCTerms.modified));
        }
    }

    @ParameterizedTest
    @MethodSource("things")
    void extensionUrlsAnswerTheirFormatWhateverTheAccept(String thing) {
        for (Variant variant : Variant.all()) {
            String url = docUrl(thing) + "." + variant.extension();
            String accept = variant.isHtml() ? "text/turtle" : "text/html";
            HttpResponse<byte[]> get = site.get(url, Map.of("Accept", accept));
            assertEquals(200, get.statusCode(), url);
            assertEquals(variant.mediaType(), contentType(get), url);
            HttpResponse<byte[]> head = site.send("HEAD", url, Map.of("Accept", accept));
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            for (String header : List.of("Content-Type", "ETag", "Last-Modified", "Link", "Vary")) {
                assertEquals(get.headers().allValues(header), head.headers().allValues(header), header + " of HEAD " + url);
            }
        }
    }

    @Test
    void qValuesAreHonoured() {
        String doc = docUrl(site.url("id/project/art4rights"));
        assertEquals("application/ld+json", contentType(site.get(doc, Map.of("Accept", "text/turtle;q=0.5, application/ld+json"))));
        assertEquals("text/turtle", contentType(site.get(doc, Map.of("Accept", "application/rdf+xml;q=0.2, text/turtle;q=0.9"))));
        assertEquals("application/n-triples", contentType(site.get(doc, Map.of("Accept", "application/n-triples, text/html;q=0.1"))));
        assertEquals("application/rdf+xml", contentType(site.get(doc, Map.of("Accept", "application/rdf+xml"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"*/*", "", "text/*", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"})
    void browsersAndWildcardsGetHtml(String accept) {
        String doc = docUrl(site.url("id/town/kaunas"));
        HttpResponse<byte[]> response = accept.isEmpty() ? site.get(doc, Map.of()) : site.get(doc, Map.of("Accept", accept));
        assertEquals(200, response.statusCode());
        assertEquals("text/html", contentType(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "image/png, application/pdf;q=0.5", "application/xml"})
    void nothingAcceptableIs406ListingTheAlternatives(String accept) {
        HttpResponse<byte[]> response = site.get(docUrl(site.url("id/town/kaunas")), Map.of("Accept", accept));
        assertEquals(406, response.statusCode());
        String body = RunningSite.text(response);
        for (Variant variant : Variant.all()) {
            assertTrue(body.contains("/doc/town/kaunas." + variant.extension()), variant.extension());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id/project/nope", "doc/project/nope", "doc/project/nope.ttl", "id/nothing",
            "doc/project/art4rights.pdf", "doc/project/art4rights?page=9", "def/other", "projects?page=7"})
    void unknownIs404WithOurPage(String relative) {
        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<byte[]> response = site.send(method, site.url(relative), Map.of("Accept", "text/html"));
            assertEquals(404, response.statusCode(), method + " " + relative);
            assertFalse(response.headers().firstValue("ETag").isPresent(), "no validator on a 404");
        }
        String body = RunningSite.text(site.get(site.url(relative), Map.of()));
        assertTrue(body.contains("Sidan finns inte"), body);
        assertFalse(body.contains("Exception"), "no stack trace");
    }

    @Test
    void validatorsGive304() {
        String doc = docUrl(site.url("id/network/icorn"));
        HttpResponse<byte[]> first = site.get(doc, Map.of("Accept", "text/turtle"));
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));

        HttpResponse<byte[]> byEtag = site.get(doc, Map.of("Accept", "text/turtle", "If-None-Match", etag));
        assertEquals(304, byEtag.statusCode());
        assertEquals("0", byEtag.headers().firstValue(CountingStore.HEADER).orElse("0"), "a 304 asks the store nothing");
        assertEquals(304, site.get(doc, Map.of("Accept", "text/turtle", "If-Modified-Since", lastModified)).statusCode());
        assertEquals(200, site.get(doc, Map.of("Accept", "text/turtle", "If-None-Match", "\"other\"")).statusCode());

        String htmlEtag = site.get(doc, Map.of("Accept", "text/html")).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(etag, htmlEtag, "each variant has its own ETag");
        assertEquals(200, site.get(doc, Map.of("Accept", "text/html", "If-None-Match", etag)).statusCode());
        for (String page : List.of("", "projects", "def/ns", "context.jsonld")) {
            HttpResponse<byte[]> response = site.get(site.url(page), Map.of());
            String tag = response.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, site.get(site.url(page), Map.of("If-None-Match", tag)).statusCode(), page);
        }
    }

    @Test
    void pagesTakeAtMostTwoStoreQueries() {
        for (String page : List.of("", "projects", "networks", "towns", "organizations", "def/ns")) {
            HttpResponse<byte[]> response = site.get(site.url(page), Map.of());
            assertEquals(200, response.statusCode(), page);
            assertEquals("1", response.headers().firstValue(CountingStore.HEADER).orElseThrow(), page);
        }
    }

    @Test
    void theOntologyNegotiatesAndListsItsTermsWithAnchors() {
        HttpResponse<byte[]> html = site.get(site.url("def/ns"), Map.of("Accept", "text/html"));
        assertEquals(200, html.statusCode());
        String page = RunningSite.text(html);
        assertTrue(page.contains("id=\"InternationalProject\""), "hash IRIs resolve to anchors");
        assertTrue(page.contains("internationellt projekt") && page.contains("international project"));
        assertEquals("/def/ns.html", html.headers().firstValue("Content-Location").orElseThrow());

        for (MediaTypes.Format format : MediaTypes.documentFormats()) {
            HttpResponse<byte[]> rdf = site.get(site.url("def/ns"), Map.of("Accept", format.mediaType()));
            assertEquals(format.mediaType(), contentType(rdf));
            Model model = parse(rdf.body(), Variant.of(format));
            assertTrue(model.contains(model.createResource(site.iris.ontology()), RDF.type, OWL.Ontology));
            assertTrue(model.contains(model.createResource(site.iris.ontologyNamespace() + "Network"), RDF.type, OWL.Class));
            assertEquals(200, site.get(site.url("def/ns." + format.extension()), Map.of()).statusCode());
        }
    }

    @Test
    void theJsonLdContextIsPublishedAndUsed() {
        HttpResponse<byte[]> context = site.get(site.url("context.jsonld"), Map.of());
        assertEquals(200, context.statusCode());
        assertEquals("application/ld+json", contentType(context));
        assertTrue(RunningSite.text(context).contains("\"lkp\":\"" + site.iris.ontologyNamespace() + "\""));

        String json = RunningSite.text(site.get(docUrl(site.url("id/project/art4rights")) + ".jsonld", Map.of()));
        assertTrue(json.contains("\"@context\": \"" + site.url("context.jsonld") + "\""), json);
        assertTrue(json.contains("\"prefLabel\""), "short names from the context: " + json);
    }

    @Test
    void theHomePageShowsTheSourcePageStructured() {
        String sv = RunningSite.text(site.get(site.url(""), Map.of()));
        for (String expected : List.of("EU-projekt inom kultur", "Fristad Linköping", "Our way Heritage Lives",
                "One library for all, all for one library", "Art4Rights", "Green challenge", "Kaunas kulturhuvudstad 2022",
                "När ett utrymme blir en plats", "SERN", "ICORN", "Kaunas", "Joensuu", "Palo Alto", "Tours", "Tönsberg",
                "Elisabeth Asp", "013-26 35 75", "2023-02-27", "href=\"/doc/project/art4rights\"")) {
            assertTrue(sv.contains(expected), expected);
        }
        HttpResponse<byte[]> english = site.get(site.url(""), Map.of("Accept-Language", "en-GB,en;q=0.8"));
        assertTrue(english.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        String en = RunningSite.text(english);
        assertTrue(en.contains("<html lang=\"en\">") && en.contains("Kaunas European Capital of Culture 2022"));
        assertTrue(en.contains("href=\"/doc/project/art4rights?lang=en\""), "links keep the language");
        assertTrue(RunningSite.text(site.get(site.url("?lang=en"), Map.of())).contains("When a space becomes a place"));
    }

    @Test
    void theActivityIsListedUnderItsProjectAndNotCountedAsOne() {
        String projects = RunningSite.text(site.get(site.url("projects"), Map.of()));
        assertTrue(projects.contains("Antal: 6"), projects);
        Matcher art4rights = Pattern.compile("<li><a href=\"/doc/project/art4rights\">Art4Rights</a>(.*?)</li>\\s*<li><a",
                Pattern.DOTALL).matcher(projects);
        assertTrue(art4rights.find(), projects);
        assertTrue(art4rights.group(1).contains("href=\"/doc/activity/nar-ett-utrymme-blir-en-plats\""), art4rights.group(1));
        assertEquals(1, projects.split("/doc/activity/nar-ett-utrymme-blir-en-plats\"").length - 1, "listed once");
    }

    @Test
    void listPagesListTheirThings() {
        assertTrue(RunningSite.text(site.get(site.url("projects"), Map.of())).contains("Green challenge"));
        assertTrue(RunningSite.text(site.get(site.url("networks"), Map.of())).contains("ICORN"));
        String towns = RunningSite.text(site.get(site.url("towns?lang=en"), Map.of()));
        assertTrue(towns.contains("Tønsberg") && towns.contains("Twin town"));
        assertTrue(RunningSite.text(site.get(site.url("organizations"), Map.of())).contains("Kultur- och fritidsförvaltningen"));
    }

    @Test
    void aResourcePageShowsIncomingLinksAndOutgoingLinksElsewhere() {
        String kaunas = RunningSite.text(site.get(docUrl(site.url("id/town/kaunas")), Map.of()));
        assertTrue(kaunas.contains("https://sws.geonames.org/598316/") && kaunas.contains("http://www.wikidata.org/entity/Q4115712"));
        assertTrue(kaunas.contains("Linköpings kommun"), "incoming link from the municipality");
        assertTrue(kaunas.contains("vänort"), "the incoming property's label");
        String tonsberg = RunningSite.text(site.get(docUrl(site.url("id/town/tonsberg")) + "?lang=en", Map.of()));
        assertTrue(tonsberg.contains("Tønsberg"));
    }

    static String contentType(HttpResponse<byte[]> response) {
        return response.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
    }

    static Model parse(byte[] body, Variant variant) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(variant.rdf().orElseThrow().lang()).parse(model);
        return model;
    }
}
