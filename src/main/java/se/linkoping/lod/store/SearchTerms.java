package se.linkoping.lod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a search as the text index reads them ({@link FoldingAnalyzer}): each lower-cased and
 * folded, with its Swedish and English stems. The full-text search asks the index for them; the plain
 * SPARQL search of a remote store matches the stems as parts of the folded text; both mark them in the
 * matched text.
 */
public final class SearchTerms {

    private static final Analyzer WORDS = new FoldingAnalyzer(FoldingAnalyzer.Language.NONE);
    private static final Analyzer SWEDISH = new FoldingAnalyzer(FoldingAnalyzer.Language.SWEDISH);
    private static final Analyzer ENGLISH = new FoldingAnalyzer(FoldingAnalyzer.Language.ENGLISH);

    /**
     * One word of a search.
     *
     * @param folded the word lower-cased, diacritics folded ("tonsberg")
     * @param stems  the parts any inflection of it shares: its Swedish and English stems and the word
     *               itself, the shortest first
     */
    public record Word(String folded, List<String> stems) {
    }

    private SearchTerms() {
    }

    /** The words of a text, in order, as the index reads them; none for a text without letters or digits. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        for (String folded : tokens(WORDS, text)) {
            Set<String> stems = new LinkedHashSet<>();
            stems.addAll(tokens(SWEDISH, folded));
            stems.addAll(tokens(ENGLISH, folded));
            stems.add(folded);
            List<String> shortestFirst = new ArrayList<>(stems);
            shortestFirst.sort((a, b) -> Integer.compare(a.length(), b.length()));
            words.add(new Word(folded, List.copyOf(shortestFirst)));
        }
        return words;
    }

    /** A text lower-cased and folded as the index folds it, one character at a time (for marking matches). */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldChar(text.charAt(i)));
        }
        return folded.toString();
    }

    /**
     * One character folded: lower-cased and without its diacritics, as one character (so that positions
     * in the folded text are positions in the text); a character that folds to several ("æ") keeps its
     * first.
     */
    public static char foldChar(char c) {
        char[] folded = new char[4];
        int length = ASCIIFoldingFilter.foldToASCII(new char[] {Character.toLowerCase(c)}, 0, folded, 0, 1);
        return length > 0 ? folded[0] : Character.toLowerCase(c);
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(TextIndexes.FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the words of a search", e);
        }
        return tokens;
    }
}
