package se.linkoping.lod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.linkoping.lod.model.MediaTypes;
import se.linkoping.lod.store.DataVersion;
import se.linkoping.lod.web.http.HttpCaching;
import se.linkoping.lod.web.http.Negotiator;
import se.linkoping.lod.web.view.PageLanguage;

/** The pure parts of negotiation: media-type table, Accept, Accept-Language and validators. */
class NegotiationTest {

    private static final Negotiator<Variant> NEGOTIATOR = new Negotiator<>(Variant.all(), Variant::mediaType);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/turtle                                            | text/turtle",
        "text/turtle;q=0.5, application/ld+json                | application/ld+json",
        "application/rdf+xml;q=0.9, application/n-triples;q=1  | application/n-triples",
        "*/*                                                    | text/html",
        "text/*                                                 | text/html",
        "application/*                                          | application/ld+json",
        "text/html,application/xhtml+xml,*/*;q=0.8             | text/html",
        "application/turtle                                     | ''",
        "application/pdf                                        | ''"})
    void acceptPicksTheVariant(String accept, String expected) {
        Optional<Variant> chosen = NEGOTIATOR.choose(accept);
        assertEquals(expected, chosen.map(Variant::mediaType).orElse(""), accept);
    }

    @Test
    void noAcceptMeansHtml() {
        assertEquals(Variant.HTML, NEGOTIATOR.choose(null).orElseThrow());
        assertEquals(Variant.HTML, NEGOTIATOR.choose(" ").orElseThrow());
    }

    @Test
    void theTableComesFromJena() {
        assertEquals("ttl", MediaTypes.TURTLE.extension());
        assertEquals("jsonld", MediaTypes.JSONLD.extension());
        assertEquals("rdf", MediaTypes.RDFXML.extension());
        assertEquals("nt", MediaTypes.NTRIPLES.extension());
        assertEquals(MediaTypes.TURTLE, MediaTypes.byMediaType("text/turtle; charset=utf-8").orElseThrow());
        assertEquals(MediaTypes.RDFXML, MediaTypes.byExtension("rdf").orElseThrow());
        assertEquals(MediaTypes.NQUADS, MediaTypes.byFileName("all.nq.gz").orElseThrow());
        assertEquals("http://publications.europa.eu/resource/authority/file-type/RDF_TURTLE", MediaTypes.TURTLE.euFileTypeIri());
        assertEquals("https://www.iana.org/assignments/media-types/application/ld+json", MediaTypes.JSONLD.ianaIri());
        assertEquals(5, Variant.all().size());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, null, sv", "en, null, en", "EN, sv, en", "sv, en, sv", "null, 'en-GB,en;q=0.9', en",
        "null, 'de,en;q=0.5', en", "null, 'de,fr', en", "null, 'fi-FI', en", "null, 'de,sv;q=0.5', sv", "null, 'sv-SE,en;q=0.5', sv", "xx, 'en', en", "null, ';;', sv"})
    void theLanguageComesFromTheSwitchThenTheHeader(String parameter, String header, String expected) {
        assertEquals(expected, PageLanguage.choose(parameter, header).tag());
    }

    @Test
    void validatorsFollowTheDataVersion() {
        DataVersion version = new DataVersion("abc123", Instant.parse("2024-05-01T10:15:30.456Z"));
        HttpCaching caching = HttpCaching.of(version, "ttl");
        assertEquals("\"abc123-ttl\"", caching.etag());
        assertEquals("Wed, 1 May 2024 10:15:30 GMT", caching.lastModified());
        assertTrue(caching.notModified("\"abc123-ttl\"", null));
        assertTrue(caching.notModified("\"x\", W/\"abc123-ttl\"", null));
        assertFalse(caching.notModified("\"abc123-html-sv\"", null));
        assertTrue(caching.notModified(null, "Wed, 1 May 2024 10:15:30 GMT"));
        assertFalse(caching.notModified(null, "Wed, 1 May 2024 10:15:29 GMT"));
        assertFalse(caching.notModified("\"other\"", "Wed, 1 May 2024 10:15:30 GMT"), "If-None-Match wins");
        assertFalse(caching.notModified(null, "yesterday"));
        assertFalse(HttpCaching.of(new DataVersion("def456", version.modified()), "ttl").notModified("\"abc123-ttl\"", null));
    }
}
