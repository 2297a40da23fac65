package se.linkoping.lod.sparql;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.ExprEvalException;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A regular expression of SPARQL's {@code REGEX} and {@code REPLACE} (XPath flags {@code i s m x q}),
 * matched by RE2/J in time linear in the text: no input makes it backtrack. XPath's back-references
 * are not offered (RE2 has none); such a pattern is an evaluation error, as any malformed pattern.
 *
 * <p>A pattern whose counted repetitions would unfold to more than {@link #MAX_UNFOLDED_SIZE} pieces
 * ({@code ((a{100}){100}){100}}) is refused before it is compiled, since its compiled program would
 * fill the memory. The text is read through a view that checks the query's cancel signal, so even a
 * long text against a large pattern stops when the query is cancelled.
 */
final class LinearRegex {

    /** The most pieces a pattern may unfold to once its counted repetitions are written out. */
    static final long MAX_UNFOLDED_SIZE = 10_000;

    private final Pattern pattern;

    private LinearRegex(Pattern pattern) {
        this.pattern = pattern;
    }

    /**
     * Compiles a pattern with XPath flags.
     *
     * @throws ExprEvalException when the pattern or the flags are not valid, or the pattern too large
     */
    static LinearRegex compile(String regex, String flags) {
        for (char flag : flags.toCharArray()) {
            if ("ismxq".indexOf(flag) < 0) {
                throw new ExprEvalException("Unknown regular expression flag: " + flag);
            }
        }
        int mask = (flags.indexOf('i') >= 0 ? Pattern.CASE_INSENSITIVE : 0)
                | (flags.indexOf('s') >= 0 ? Pattern.DOTALL : 0)
                | (flags.indexOf('m') >= 0 ? Pattern.MULTILINE : 0);
        String text = regex;
        if (flags.indexOf('q') >= 0) {
            text = Pattern.quote(text);
        } else if (flags.indexOf('x') >= 0) {
            text = withoutWhiteSpace(text);
        }
        if (unfoldedSize(text) > MAX_UNFOLDED_SIZE) {
            throw new ExprEvalException("The regular expression is too large once its repetitions are unfolded "
                    + "(at most " + MAX_UNFOLDED_SIZE + " pieces)");
        }
        try {
            return new LinearRegex(Pattern.compile(text, mask));
        } catch (PatternSyntaxException e) {
            throw new ExprEvalException("Not a regular expression this endpoint runs: " + e.getMessage());
        }
    }

    /** Whether the pattern matches anywhere in the text. */
    boolean find(String text, AtomicBoolean cancel) {
        return pattern.matcher(new CancellableText(text, cancel)).find();
    }

    /** Whether the pattern matches the empty text (XPath's {@code replace} refuses such a pattern). */
    boolean matchesEmpty() {
        return pattern.matcher("").matches();
    }

    /** The text with every match replaced ({@code $1} names a group). */
    String replaceAll(String text, String replacement, AtomicBoolean cancel) {
        Matcher matcher = pattern.matcher(new CancellableText(text, cancel));
        try {
            return matcher.replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new ExprEvalException("Not a replacement text: " + e.getMessage());
        }
    }

    /**
     * An upper bound of the pieces a pattern unfolds to: each atom counts one, a counted repetition
     * {@code {n}}, {@code {n,}} or {@code {n,m}} multiplies what it repeats by its largest count.
     */
    static long unfoldedSize(String regex) {
        long[] sizes = new long[regex.length() + 2];
        long[] lasts = new long[regex.length() + 2];
        int depth = 0;
        long size = 0;
        long last = 0;
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(') {
                sizes[depth] = size;
                lasts[depth] = last;
                depth++;
                size = 0;
                last = 0;
                i++;
            } else if (c == ')' && depth > 0) {
                depth--;
                last = size;
                size = sizes[depth] + size;
                i++;
            } else if (c == '{' && last > 0 && repetitionEnd(regex, i) > 0) {
                int end = repetitionEnd(regex, i);
                long count = largestCount(regex.substring(i + 1, end));
                long grown = saturatingMultiply(last, count);
                size = size - last + grown;
                last = grown;
                i = end + 1;
            } else {
                int next = atomEnd(regex, i);
                size++;
                last = 1;
                i = next;
            }
            if (size > MAX_UNFOLDED_SIZE * 1000) {
                return size;
            }
        }
        return size;
    }

    /** The index of the {@code }} closing a counted repetition at {@code open}, or -1 when it is none. */
    private static int repetitionEnd(String regex, int open) {
        int i = open + 1;
        boolean digits = false;
        while (i < regex.length() && (Character.isDigit(regex.charAt(i)) || regex.charAt(i) == ',')) {
            digits |= Character.isDigit(regex.charAt(i));
            i++;
        }
        return digits && i < regex.length() && regex.charAt(i) == '}' ? i : -1;
    }

    private static long largestCount(String counts) {
        long largest = 1;
        for (String part : counts.split(",", -1)) {
            if (!part.isEmpty()) {
                largest = Math.max(largest, part.length() > 9 ? Long.MAX_VALUE / 4 : Long.parseLong(part));
            }
        }
        return counts.endsWith(",") ? largest + 1 : largest;
    }

    private static long saturatingMultiply(long a, long b) {
        long product = a * b;
        return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE / 4 : Math.min(product, Long.MAX_VALUE / 4);
    }

    /** Past one atom at {@code i}: an escape (with its {@code {...}} for {@code \p}), a class, or a character. */
    private static int atomEnd(String regex, int i) {
        char c = regex.charAt(i);
        if (c == '\\' && i + 1 < regex.length()) {
            char kind = regex.charAt(i + 1);
            if ((kind == 'p' || kind == 'P') && i + 2 < regex.length() && regex.charAt(i + 2) == '{') {
                int close = regex.indexOf('}', i + 3);
                return close < 0 ? regex.length() : close + 1;
            }
            return i + 2;
        }
        if (c == '[') {
            int j = i + 1;
            if (j < regex.length() && regex.charAt(j) == '^') {
                j++;
            }
            if (j < regex.length() && regex.charAt(j) == ']') {
                j++;
            }
            while (j < regex.length() && regex.charAt(j) != ']') {
                j += regex.charAt(j) == '\\' ? 2 : 1;
            }
            return Math.min(j + 1, regex.length());
        }
        return i + 1;
    }

    /** XPath's {@code x} flag: white space outside character classes is removed. */
    private static String withoutWhiteSpace(String regex) {
        StringBuilder out = new StringBuilder(regex.length());
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (!inClass && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /**
     * A text that stops the matcher reading it once the query is cancelled: every 4,096th character
     * read looks at the cancel signal.
     */
    private static final class CancellableText implements CharSequence {
        private final String text;
        private final AtomicBoolean cancel;
        private int reads;

        CancellableText(String text, AtomicBoolean cancel) {
            this.text = text;
            this.cancel = cancel;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0 && cancel != null && cancel.get()) {
                throw new QueryCancelledException();
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
