package se.linkoping.lod.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.LabelTerms;
import se.linkoping.lod.store.QueryLibrary;
import se.linkoping.lod.store.SearchTerms;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.store.TextIndexes;

/**
 * How a search is asked of the store: of its text index when it has one ({@code text:query}, the words
 * escaped for Lucene's query parser), else with plain SPARQL (a word of the names and descriptions,
 * lower-cased and with the diacritics taken off, must begin with one of the stems of each word). Both give the rows the
 * {@link se.linkoping.lod.web.view.SearchViewMapper} reads: {@code ?thing ?match ?label}, and {@code ?score}
 * from the index.
 */
final class Searches {

    private static final Logger LOG = LoggerFactory.getLogger(Searches.class);
    private static final String[] LANGUAGE_FIELDS = {TextIndexes.FIELD, TextIndexes.FIELD + "_sv",
            TextIndexes.FIELD + "_en"};

    private final Store store;
    private final QueryLibrary queries;
    private final boolean index;

    Searches(Store store, QueryLibrary queries) {
        this.store = store;
        this.queries = queries;
        this.index = store.fullTextIndex();
        if (index) {
            LOG.info("Search uses the store's full-text index (jena-text)");
        } else {
            LOG.info("Search uses plain SPARQL over the names and descriptions: the store has no full-text index");
        }
    }

    /** True when searches go to the text index. */
    boolean usesIndex() {
        return index;
    }

    /**
     * The rows of a search.
     *
     * @param prefix true to take the last word as the beginning of a word (for suggestions as one types)
     */
    ResultSetRewindable rows(SearchRequest request, boolean prefix) {
        return store.select(index ? indexQuery(request, prefix) : plainQuery(request));
    }

    private Query indexQuery(SearchRequest request, boolean prefix) {
        return queries.get("search-index", Map.of("query",
                NodeFactory.createLiteralString(lucene(request.words(), request.language(), prefix))));
    }

    /**
     * The Lucene query of a search: every word required, in any of the index's fields (folded, Swedish
     * stems, English stems); with {@code prefix}, the last word as the beginning of a word; limited to a
     * language when one is asked. Only words the analyzer made reach it, each escaped.
     */
    static String lucene(List<SearchTerms.Word> words, String language, boolean prefix) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = QueryParserBase.escape(words.get(i).folded());
            if (prefix && i == words.size() - 1) {
                query.append("+").append(TextIndexes.FIELD).append(":").append(word).append("* ");
                continue;
            }
            query.append("+(");
            for (String field : LANGUAGE_FIELDS) {
                query.append(field).append(":").append(word).append(" ");
            }
            query.append(") ");
        }
        if (language != null) {
            query.append("+").append(TextIndexes.LANG_FIELD).append(":").append(QueryParserBase.escape(language));
        }
        return query.toString().strip();
    }

    /** The plain query: the names and descriptions of {@link LabelTerms#SEARCHED} that hold every word. */
    private Query plainQuery(SearchRequest request) {
        Query query = queries.get("search-labels");
        Var property = Var.alloc("property");
        List<Binding> properties = new ArrayList<>();
        for (Property searched : LabelTerms.SEARCHED) {
            properties.add(BindingFactory.binding(property, searched.asNode()));
        }
        query.setValuesDataBlock(List.of(property), properties);
        ((ElementGroup) query.getQueryPattern()).addElementFilter(new ElementFilter(allWords(request.words())));
        return query;
    }

    /** Every word in {@code ?folded}: a word of it begins with one of the word's stems. */
    private static Expr allWords(List<SearchTerms.Word> words) {
        ExprVar folded = new ExprVar("folded");
        Expr all = null;
        for (SearchTerms.Word word : words) {
            String stems = String.join("|", word.stems().stream().map(Searches::literalPattern).toList());
            Expr any = new E_Regex(folded, "(^|[^a-z0-9])(" + stems + ")", "");
            all = all == null ? any : new E_LogicalAnd(all, any);
        }
        return all == null ? NodeValue.FALSE : all;
    }

    /** A text as a regular expression that matches it alone. */
    private static String literalPattern(String text) {
        StringBuilder pattern = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }
}
