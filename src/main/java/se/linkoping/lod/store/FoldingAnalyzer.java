package se.linkoping.lod.store;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How the text index reads words: split as Unicode words, lower-cased, diacritics folded to ASCII
 * ("Tønsberg" and "Tonsberg" are one word, "Linköping" and "linkoping" too) and, for Swedish and
 * English, stop words dropped and words stemmed, so that inflections meet ("projektet", "projekten";
 * "networks", "network"). Folding comes before stemming, so a word stems alike with or without its
 * diacritics. Queries are read the same way; a prefix ({@code kau*}) is lower-cased and folded.
 */
final class FoldingAnalyzer extends Analyzer {

    /** The languages read with their own stop words and stemmer; {@link #NONE} neither. */
    enum Language { SWEDISH, ENGLISH, NONE }

    private final Language language;

    FoldingAnalyzer(Language language) {
        this.language = language;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = new LowerCaseFilter(source);
        words = switch (language) {
            case SWEDISH -> new SnowballFilter(new DefiniteNeuter(folded(words, SwedishAnalyzer.getDefaultStopSet())),
                    new SwedishStemmer());
            case ENGLISH -> new PorterStemFilter(folded(new EnglishPossessiveFilter(words),
                    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
            case NONE -> new ASCIIFoldingFilter(words);
        };
        return new TokenStreamComponents(source, words);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static TokenStream folded(TokenStream words, CharArraySet stopWords) {
        return new ASCIIFoldingFilter(new StopFilter(words, stopWords));
    }

    /**
     * Takes the Swedish definite neuter ending off a word ("projektet", "projektets" → "projekt"), which
     * Snowball's Swedish stemmer leaves on; so "projektet" meets "projekten" and "projekt".
     */
    private static final class DefiniteNeuter extends TokenFilter {
        private static final int SHORTEST_STEM = 4;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        DefiniteNeuter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String word = term.toString();
            int ending = word.endsWith("ets") ? 3 : word.endsWith("et") ? 2 : 0;
            if (ending > 0 && word.length() - ending >= SHORTEST_STEM) {
                term.setLength(word.length() - ending);
            }
            return true;
        }
    }

    @Override
    public String toString() {
        return "FoldingAnalyzer(" + language + ")";
    }
}
