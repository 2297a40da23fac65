package se.linkoping.lod.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.linkoping.lod.testing.RunningSite;

/** {@code text:query} on the public endpoint: the store's full-text index, and no other property function. */
class TextQueryEndpointTest {

    @RegisterExtension
    static final RunningSite SITE = RunningSite.seed();

    @ParameterizedTest
    @CsvSource({
            "KAUNAS, id/town/kaunas",
            "Tonsberg, id/town/tonsberg",
            "linkoping, id/project/fristad-linkoping",
            "'text_sv:(författarna)', id/project/fristad-linkoping",
            "'text_en:(exchanges)', id/project/kaunas-kulturhuvudstad-2022"})
    void aTextQueryFindsItsThing(String words, String thing) {
        Set<String> found = subjects("PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT ?s { ?s text:query \"" + words + "\" }");
        assertTrue(found.contains(SITE.url(thing)), words + " found " + found);
    }

    @Test
    void otherPropertyFunctionsStayOff() {
        HttpResponse<String> response = post("PREFIX apf: <http://jena.apache.org/ARQ/property#> "
                + "SELECT ?w { ?w apf:strSplit (\"a b\" \" \") }");
        assertEquals(200, response.statusCode());
        assertFalse(parse(response).hasNext(), "apf:strSplit ran as a property function");
    }

    private Set<String> subjects(String query) {
        HttpResponse<String> response = post(query);
        assertEquals(200, response.statusCode(), response.body());
        Set<String> subjects = new HashSet<>();
        parse(response).forEachRemaining(row -> subjects.add(row.getResource("s").getURI()));
        return subjects;
    }

    private static ResultSet parse(HttpResponse<String> response) {
        return ResultSetMgr.read(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
    }

    private static HttpResponse<String> post(String query) {
        return SITE.send(HttpRequest.newBuilder(URI.create(SITE.server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
    }
}
