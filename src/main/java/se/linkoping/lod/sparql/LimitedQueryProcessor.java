package se.linkoping.lod.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

import se.linkoping.lod.model.Namespaces;

/**
 * Fuseki's query operation with two of the {@link QueryLimits}: a query text longer than the limit
 * is refused with 413, and a query that could return more rows than the limit has its {@code LIMIT}
 * lowered to it (as DBpedia's endpoint does). The prefixes of {@link Namespaces} are predefined: a
 * query may use {@code lkp:} or {@code skos:} without declaring them (its own {@code PREFIX} lines win).
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    /** The base Fuseki parses queries against; relative IRIs of a query keep resolving as they would. */
    private static final String PARSE_BASE = "http://server/unset-base/";

    private final QueryLimits limits;

    LimitedQueryProcessor(QueryLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        int bytes = queryString.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxQueryBytes()) {
            ServletOps.error(413, "The query is " + bytes + " bytes long; this endpoint takes queries of at most "
                    + limits.maxQueryBytes() + " bytes.");
        }
        super.execute(withPrefixes(queryString, action), action);
    }

    /**
     * The query as Fuseki will parse it: with the predefined prefixes declared. A query that does not
     * parse even with them is refused here, with the parser's message.
     */
    private static String withPrefixes(String queryString, HttpAction action) {
        if (queryString.isBlank()) {
            return queryString;
        }
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes()));
        try {
            QueryFactory.parse(query, queryString, PARSE_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            refuse(action, SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            refuse(action, SPARQLProtocol.messageForException(e));
        }
        return query.serialize();
    }

    private static void refuse(HttpAction action, String message) {
        action.log.warn("[{}] {}", action.id, message);
        ServletOps.errorBadRequest(message);
    }

    /** Reads a query sent as the request body; a body that cannot be read (broken framing) is a 400. */
    @Override
    protected void executeBody(HttpAction action) {
        String queryString;
        try {
            queryString = IO.readWholeFileAsUTF8(action.getRequestInputStream());
        } catch (IOException | RuntimeException e) {
            action.log.info("[{}] Unreadable request body: {}", action.id, e.getMessage());
            ActionLib.consumeBody(action);
            ServletOps.errorBadRequest("The request body could not be read: it is broken or incomplete.");
            return;
        }
        execute(queryString, action);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query chosen = decided.getRight() == null ? query : decided.getRight();
        return Pair.create(decided.getLeft(), capped(chosen, limits.maxResultRows()));
    }

    /**
     * The query with its {@code LIMIT} lowered to {@code maxRows} when it is missing or larger; ASK is
     * left alone. The query is changed in place: it belongs to this one request.
     */
    static Query capped(Query query, long maxRows) {
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
        }
        return query;
    }
}
