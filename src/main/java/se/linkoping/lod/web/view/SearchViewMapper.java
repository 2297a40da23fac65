package se.linkoping.lod.web.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.store.SearchTerms;

/**
 * From the rows of a search ({@code ?thing ?match ?label}, and {@code ?score} from the text index) to
 * a page of things: one hit per thing with its best name, its kind and the values that matched (the
 * same text once, in the reader's language first) with the words of the search marked; filtered by
 * kind and language, ordered best first, cut into pages.
 */
public final class SearchViewMapper {

    /** The most matched values a hit shows. */
    static final int MATCHES_SHOWN = 3;

    private final Iris iris;
    private final Set<String> kinds;

    /**
     * @param kinds the kinds of thing the site names; a thing of another kind is {@code other}
     */
    public SearchViewMapper(Iris iris, Set<String> kinds) {
        this.iris = iris;
        this.kinds = Set.copyOf(kinds);
    }

    /**
     * One page of the answer.
     *
     * @param rows     the rows of the search query
     * @param words    the words of the search
     * @param kind     the kind of thing asked for, or null for any
     * @param language the language the matched value must be in ({@code sv}, {@code en}), or null for any
     * @param page     the page asked for, from 1
     * @param pageSize things on a page
     */
    public SearchView map(ResultSet rows, List<SearchTerms.Word> words, String kind, String language, int page,
                          int pageSize, PageLanguage lang) {
        Map<String, Found> found = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            RDFNode thing = row.get("thing");
            RDFNode match = row.get("match");
            if (thing == null || !thing.isURIResource() || match == null || !match.isLiteral()) {
                continue;
            }
            Literal value = match.asLiteral();
            if (language != null && !value.getLanguage().equalsIgnoreCase(language)) {
                continue;
            }
            Found one = found.computeIfAbsent(thing.asResource().getURI(), Found::new);
            one.values.putIfAbsent(value.getLexicalForm() + "@" + value.getLanguage(), value);
            RDFNode score = row.get("score");
            one.score = Math.max(one.score, score != null && score.isLiteral() ? score.asLiteral().getDouble()
                    : plainScore(value.getLexicalForm(), words));
            RDFNode label = row.get("label");
            if (label != null && label.isLiteral() && !one.labels.contains(label.asLiteral())) {
                one.labels.add(label.asLiteral());
            }
        }
        Map<String, Integer> kinds = new TreeMap<>();
        List<Found> kept = new ArrayList<>();
        for (Found one : found.values()) {
            one.kind = kindOf(one.iri);
            one.label = Labels.best(one.labels, lang).orElse(Text.plain(Labels.localName(one.iri)));
            kinds.merge(one.kind, 1, Integer::sum);
            if (kind == null || kind.equals(one.kind)) {
                kept.add(one);
            }
        }
        kept.sort(Comparator.comparingDouble((Found one) -> one.score).reversed()
                .thenComparing(one -> one.label.value().toLowerCase(lang.locale())));
        int pageCount = Math.max(1, (kept.size() + pageSize - 1) / pageSize);
        int from = Math.min(kept.size(), (page - 1) * pageSize);
        Links links = new Links(iris, lang);
        List<SearchView.Hit> shown = kept.subList(from, Math.min(kept.size(), from + pageSize)).stream()
                .map(one -> hit(one, words, links, lang)).toList();
        List<SearchView.KindCount> counts = kinds.entrySet().stream()
                .map(e -> new SearchView.KindCount(e.getKey(), e.getValue())).toList();
        return new SearchView(shown, kept.size(), counts, page, pageCount);
    }

    /**
     * The kind of a thing by its IRI: the segment after {@code id/} ({@code id/town/kaunas} is a
     * {@code town}), {@code term} for a term of the vocabulary or its shapes, {@code other} else.
     */
    public String kindOf(String iri) {
        if (iris.isVocabulary(iri)) {
            return "term";
        }
        String relative = iris.relativize(iri);
        if (relative.startsWith(Iris.ID_PATH)) {
            String rest = relative.substring(Iris.ID_PATH.length());
            int slash = rest.indexOf('/');
            if (slash > 0 && kinds.contains(rest.substring(0, slash))) {
                return rest.substring(0, slash);
            }
        }
        return "other";
    }

    /**
     * A value cut into pieces, the words that begin with one of the stems of a word of the search
     * marked (so "författare" is marked for "författarna", "Tønsberg" for "tonsberg").
     */
    public static List<SearchView.Piece> mark(String text, List<SearchTerms.Word> words) {
        String folded = SearchTerms.fold(text);
        List<SearchView.Piece> pieces = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = Character.isLetterOrDigit(text.charAt(i))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (wordStart && startsWithStem(folded, i, words)) {
                int end = i;
                while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
                if (i > plainFrom) {
                    pieces.add(new SearchView.Piece(text.substring(plainFrom, i), false));
                }
                pieces.add(new SearchView.Piece(text.substring(i, end), true));
                plainFrom = end;
                i = end;
            } else {
                i++;
            }
        }
        if (plainFrom < text.length()) {
            pieces.add(new SearchView.Piece(text.substring(plainFrom), false));
        }
        return pieces;
    }

    private static boolean startsWithStem(String folded, int at, List<SearchTerms.Word> words) {
        for (SearchTerms.Word word : words) {
            for (String stem : word.stems()) {
                if (folded.startsWith(stem, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A score for a value found without the index: more when it begins with the search, most when it is the search. */
    private static double plainScore(String value, List<SearchTerms.Word> words) {
        String folded = String.join(" ", SearchTerms.of(value).stream().map(SearchTerms.Word::folded).toList());
        String asked = String.join(" ", words.stream().map(SearchTerms.Word::folded).toList());
        return folded.equals(asked) ? 3 : folded.startsWith(asked) ? 2 : 1;
    }

    /** A hit of the page shown, its matching values marked (only the page's hits are marked). */
    private SearchView.Hit hit(Found one, List<SearchTerms.Word> words, Links links, PageLanguage lang) {
        Map<String, Literal> byText = new LinkedHashMap<>();
        one.values.values().stream()
                .sorted(Comparator.comparingInt((Literal l) -> Labels.rank(l, lang)).thenComparing(Literal::getLexicalForm))
                .forEach(l -> byText.putIfAbsent(l.getLexicalForm(), l));
        List<SearchView.Match> matches = byText.values().stream()
                .limit(MATCHES_SHOWN)
                .map(l -> new SearchView.Match(l.getLanguage(), mark(l.getLexicalForm(), words)))
                .toList();
        return new SearchView.Hit(one.iri, links.href(one.iri), one.kind, one.label, matches, one.score);
    }

    /** What the rows say of one thing. */
    private static final class Found {
        final String iri;
        final Map<String, Literal> values = new LinkedHashMap<>();
        final List<Literal> labels = new ArrayList<>();
        double score;
        String kind;
        Text label;

        Found(String iri) {
            this.iri = iri;
        }
    }
}
