package se.linkoping.lod.web.view;

import java.util.List;

/**
 * One page of the answer to a search.
 *
 * @param hits       the things on this page, best first
 * @param total      how many things match (with the filters)
 * @param kinds      how many of the things that match the words are of each kind, for the type filter
 * @param pageNumber this page, from 1
 * @param pageCount  how many pages there are (at least 1)
 */
public record SearchView(List<Hit> hits, int total, List<KindCount> kinds, int pageNumber, int pageCount) {

    /** The number of things on a page. */
    public static final int PAGE_SIZE = 20;

    /**
     * A thing that matches.
     *
     * @param iri     its IRI
     * @param href    the link to its page
     * @param kind    what kind of thing it is ({@code project}, {@code town}, ...; {@code term} for a
     *                term of the vocabulary, {@code other} else)
     * @param label   its name in the reader's language when it has one
     * @param matches the values that matched, each cut into pieces that did and did not match
     * @param score   how well it matched, for the order
     */
    public record Hit(String iri, String href, String kind, Text label, List<Match> matches, double score) {
    }

    /** A value that matched, in its language, cut into pieces. */
    public record Match(String lang, List<Piece> pieces) {

        /** The whole text. */
        public String text() {
            StringBuilder text = new StringBuilder();
            pieces.forEach(piece -> text.append(piece.text()));
            return text.toString();
        }
    }

    /** A piece of a matched value; {@code hit} when it is a word of the search. */
    public record Piece(String text, boolean hit) {
    }

    /** A kind of thing and how many of its kind match. */
    public record KindCount(String kind, int count) {
    }
}
