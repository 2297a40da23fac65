package se.linkoping.lod.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.SearchTerms;

/** The search's rows to a page of hits, without a server. */
class SearchViewMapperTest {

    private static final Iris IRIS = new Iris("https://data.example.se/");
    private static final SearchViewMapper MAPPER = new SearchViewMapper(IRIS, Set.of("town", "project", "term", "other"));

    @Test
    void oneHitPerThingWithItsNameKindLinkAndEachTextOnce() {
        SearchView view = MAPPER.map(rows(
                row("id/town/tonsberg", "Tönsberg", "sv", 2.0, "Tönsberg", "sv"),
                row("id/town/tonsberg", "Tønsberg", "en", 2.0, "Tønsberg", "en"),
                row("id/town/tonsberg", "Tønsberg", "no", 1.5, "Tönsberg", "sv")),
                SearchTerms.of("Tonsberg"), null, null, 1, 20, PageLanguage.EN);
        assertEquals(1, view.total());
        SearchView.Hit hit = view.hits().get(0);
        assertEquals("town", hit.kind());
        assertEquals("/doc/town/tonsberg?lang=en", hit.href());
        assertEquals(new Text("Tønsberg", "en"), hit.label());
        assertEquals(List.of("Tønsberg", "Tönsberg"), hit.matches().stream().map(SearchView.Match::text).toList());
        assertEquals(2.0, hit.score());
    }

    @Test
    void kindsFiltersOrderAndPages() {
        ResultSetRewindable rows = rows(
                row("id/project/a", "Kaunas project", "en", 1.0, "A", "en"),
                row("id/town/kaunas", "Kaunas", "en", 3.0, "Kaunas", "en"),
                row("id/castle/x", "Kaunas castle", "sv", 2.0, "X", "sv"),
                row("https://w3id.org/lkp/def/ns#Town", "town of Kaunas", "en", 0.5, "Town", "en"));
        List<SearchTerms.Word> kaunas = SearchTerms.of("kaunas");
        SearchView all = MAPPER.map(rows, kaunas, null, null, 1, 2, PageLanguage.SV);
        assertEquals(4, all.total());
        assertEquals(2, all.pageCount());
        assertEquals(List.of("id/town/kaunas", "id/castle/x"), relative(all));
        assertEquals("other", all.hits().get(1).kind(), "a kind the site does not name");
        assertEquals("[other=1, project=1, term=1, town=1]", all.kinds().stream()
                .map(k -> k.kind() + "=" + k.count()).toList().toString());
        rows.reset();
        assertEquals(List.of("id/project/a"), relative(MAPPER.map(rows, kaunas, "project", null, 1, 20, PageLanguage.SV)));
        rows.reset();
        assertEquals(List.of("id/castle/x"), relative(MAPPER.map(rows, kaunas, null, "sv", 1, 20, PageLanguage.SV)));
        rows.reset();
        SearchView second = MAPPER.map(rows, kaunas, null, null, 2, 2, PageLanguage.SV);
        assertEquals(List.of("id/project/a", "def/ns#Town"), relative(second));
        assertEquals("term", second.hits().get(1).kind());
    }

    @Test
    void theWordsOfTheSearchAreMarkedWholeAsTheyBeginWithAStem() {
        assertEquals("[Tønsberg] och [Tönsberg]", marked("Tønsberg och Tönsberg", "tonsberg"));
        assertEquals("stipendium för förföljd [författare]", marked("stipendium för förföljd författare", "författarna"));
        assertEquals("[Linköpings] kommun i [Linköping]", marked("Linköpings kommun i Linköping", "LINKOPING"));
        assertEquals("ungdomsutbyte, [utbyte]", marked("ungdomsutbyte, utbyte", "utbyten"));
        assertEquals("<b>[Kaunas]</b>", marked("<b>Kaunas</b>", "kaunas"));
    }

    private static String marked(String text, String search) {
        return SearchViewMapper.mark(text, SearchTerms.of(search)).stream()
                .map(p -> p.hit() ? "[" + p.text() + "]" : p.text()).collect(Collectors.joining());
    }

    private static List<String> relative(SearchView view) {
        return view.hits().stream().map(h -> IRIS.isVocabulary(h.iri()) ? h.iri().substring(Iris.VOCABULARY_ROOT.length())
                : IRIS.relativize(h.iri())).toList();
    }

    private static String row(String thing, String match, String matchLang, double score, String label, String labelLang) {
        String iri = thing.startsWith("https:") ? thing : IRIS.resolve(thing);
        return "{\"thing\":{\"type\":\"uri\",\"value\":\"" + iri + "\"},"
                + "\"match\":{\"type\":\"literal\",\"value\":\"" + match + "\",\"xml:lang\":\"" + matchLang + "\"},"
                + "\"score\":{\"type\":\"literal\",\"value\":\"" + score + "\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#double\"},"
                + "\"label\":{\"type\":\"literal\",\"value\":\"" + label + "\",\"xml:lang\":\"" + labelLang + "\"}}";
    }

    private static ResultSetRewindable rows(String... bindings) {
        String json = "{\"head\":{\"vars\":[\"thing\",\"score\",\"match\",\"label\"]},\"results\":{\"bindings\":["
                + String.join(",", bindings) + "]}}";
        return ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON)
                .rewindable();
    }
}
