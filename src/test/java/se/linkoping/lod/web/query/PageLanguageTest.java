package se.linkoping.lod.web.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageLanguageTest {

    @Test
    void swedishByDefault() {
        assertEquals(PageLanguage.SV, PageLanguage.choose(null, null));
        assertEquals(PageLanguage.SV, PageLanguage.choose(null, "de-DE,fr;q=0.5"));
    }

    @Test
    void followsAcceptLanguage() {
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, "en-GB,en;q=0.9"));
        assertEquals(PageLanguage.EN, PageLanguage.choose(null, "de;q=1.0,en;q=0.8,sv;q=0.5"));
        assertEquals(PageLanguage.SV, PageLanguage.choose(null, "sv-SE,sv;q=0.9,en;q=0.8"));
    }

    @Test
    void theParameterWins() {
        assertEquals(PageLanguage.EN, PageLanguage.choose("en", "sv-SE"));
        assertEquals(PageLanguage.SV, PageLanguage.choose("sv", "en"));
        assertEquals(PageLanguage.EN, PageLanguage.choose("xx", "en"));
    }

    @Test
    void aMalformedHeaderFallsBackToSwedish() {
        assertEquals(PageLanguage.SV, PageLanguage.choose(null, "en;q=nonsense"));
    }
}
