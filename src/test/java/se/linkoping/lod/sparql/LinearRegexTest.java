package se.linkoping.lod.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.sparql.expr.ExprEvalException;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** The linear-time regular expressions: XPath flags, refusals, and no input that makes them slow. */
class LinearRegexTest {

    @Test
    void theBacktrackingAttackMatchesAtOnce() {
        String text = "a".repeat(31) + "c";
        long started = System.nanoTime();
        assertFalse(LinearRegex.compile("^(.*a){20}$", "").find(text, null));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000);
    }

    @Test
    void xpathFlagsAreHonoured() {
        assertTrue(LinearRegex.compile("ABC", "i").find("xabcx", null));
        assertTrue(LinearRegex.compile("a.b", "s").find("a\nb", null));
        assertTrue(LinearRegex.compile("^b", "m").find("a\nb", null));
        assertTrue(LinearRegex.compile("a b c", "x").find("abc", null));
        assertTrue(LinearRegex.compile("a.c", "q").find("xa.cx", null));
        assertFalse(LinearRegex.compile("a.c", "q").find("abc", null));
        assertEquals("x-y-z", LinearRegex.compile("(\\w)\\.", "").replaceAll("x.y.z", "$1-", null));
    }

    @Test
    void unknownFlagsBackReferencesAndHugeRepetitionsAreEvaluationErrors() {
        assertThrows(ExprEvalException.class, () -> LinearRegex.compile("a", "z"));
        assertThrows(ExprEvalException.class, () -> LinearRegex.compile("(a)\\1", ""));
        assertThrows(ExprEvalException.class, () -> LinearRegex.compile("((a{100}){100}){100}", ""));
        assertThrows(ExprEvalException.class, () -> LinearRegex.compile("(((((((((a{10}){10}){10}){10}){10}){10}){10}){10}){10})", ""));
        assertTrue(LinearRegex.compile("[a-z]{2,50}(x|y){3}", "").find("abxyx", null));
    }

    @Test
    void unfoldedSizeCountsNestedRepetitions() {
        assertEquals(3, LinearRegex.unfoldedSize("abc"));
        assertEquals(100, LinearRegex.unfoldedSize("(a{10}){10}"));
        assertEquals(12, LinearRegex.unfoldedSize("x[{}]{10}y"));
        assertEquals(2, LinearRegex.unfoldedSize("\\p{L}a"));
    }

    @Property(tries = 300)
    void anyPatternOfAnyTextIsAnsweredQuickly(@ForAll @StringLength(max = 40) String pattern,
                                              @ForAll @StringLength(max = 2000) String text) {
        long started = System.nanoTime();
        try {
            LinearRegex.compile(pattern, "").find(text, null);
        } catch (ExprEvalException refused) {
            assertTrue(refused.getMessage() != null);
        }
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 2000, pattern);
    }
}
