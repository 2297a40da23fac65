package se.linkoping.lod.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the request guard lets through and what it refuses, checked without a server. */
class RequestGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "query=ASK+%7B%7D", "q=%C3%A5%C3%A4%C3%B6", "q=\u00e5", "q=%F0%9F%98%80", "a=%2525&b=%7e",
            "q=\uD83D\uDE00%20x"})
    void acceptsPercentEncodedUtf8(String query) {
        assertTrue(RequestGuard.isPercentEncodedUtf8(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "q=%zz", "q=%4", "q=%C0%AE", "q=%FF%FE", "q=%ED%A0%80", "q=%C3", "q=%C3x", "q=%E0%A4%A"})
    void refusesBrokenEscapesAndBytesThatAreNotUtf8(String query) {
        assertFalse(RequestGuard.isPercentEncodedUtf8(query), query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "*/*", "*", "", ",", "text/html,,",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", " text/turtle ; q = 0.5 , */* ",
            "a/b;c=\"d e\"", "a/b;c=\"\"", "*/*;q=abc", "text/html;q=2"})
    void acceptsListsOfMediaRanges(String accept) {
        assertTrue(RequestGuard.isMediaRangeList(accept), accept);
    }

    @ParameterizedTest
    @ValueSource(strings = {";;;", ";q=1", "text", "text/", "/html", "text/html;level", "text/html;q=0.5;=x",
            "text/ html", "text/html;q=\"a", "a/b;c=\"d\"e", "text/html;q=0.5;", "\u00e5/\u00e4"})
    void refusesWhatIsNotAListOfMediaRanges(String accept) {
        assertFalse(RequestGuard.isMediaRangeList(accept), accept);
    }
}
