package se.linkoping.lod.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

import se.linkoping.lod.model.Namespaces;

/**
 * Fuseki's query operation under the {@link QueryLimits}: a query text longer than the limit is
 * refused with 413; a query that could return more rows than the limit has its {@code LIMIT} lowered
 * to it (as DBpedia's endpoint does); the query is {@linkplain PublicQueries#prepare prepared} for the
 * public (no {@code SERVICE}, only allowed functions, linear-time regular expressions) and runs with a
 * {@link BuildLimit.Budget} of its own, and a query stopped for building too much is answered 422.
 * The prefixes of {@link Namespaces} are predefined: a query may use {@code lkp:} or {@code skos:}
 * without declaring them (its own {@code PREFIX} lines win).
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {

    private static final String BUDGET = LimitedQueryProcessor.class.getName() + ".budget";
    /** The base Fuseki parses queries against; relative IRIs of a query keep resolving as they would. */
    private static final String PARSE_BASE = "http://server/unset-base/";

    private final QueryLimits limits;
    private final PublicQueries publicQueries;

    LimitedQueryProcessor(QueryLimits limits, PublicQueries publicQueries) {
        this.limits = limits;
        this.publicQueries = publicQueries;
    }

    @Override
    public void execGet(HttpAction action) {
        try {
            super.execGet(action);
        } catch (ActionErrorException error) {
            throw asciiOnly(error);
        }
    }

    @Override
    public void execPost(HttpAction action) {
        try {
            super.execPost(action);
        } catch (ActionErrorException error) {
            throw asciiOnly(error);
        }
    }

    /**
     * The error with its message in ASCII, non-ASCII characters as Java escapes: Fuseki sets the
     * length of an error answer to the message's characters and then writes its UTF-8 bytes, so a
     * message quoting a query's non-ASCII text would fail as "too much content written" (a 500).
     */
    static ActionErrorException asciiOnly(ActionErrorException error) {
        String message = error.getMessage();
        if (message == null || message.chars().allMatch(c -> c < 0x80)) {
            return error;
        }
        StringBuilder ascii = new StringBuilder(message.length() + 16);
        message.chars().forEach(c -> ascii.append(c < 0x80 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return new ActionErrorException(error.getRC(), ascii.toString(), null);
    }

    /**
     * Fuseki's own flow of a query, but the query is parsed once, here, with the predefined prefixes:
     * Fuseki's would parse the text again (for this endpoint, a second parse of a printed copy with
     * the prefixes declared), which cost more than running a page's query on a small store.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString == null || queryString.isBlank()) {
            super.execute(queryString, action);
            return;
        }
        int bytes = queryString.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxQueryBytes()) {
            ServletOps.error(413, "The query is " + bytes + " bytes long; this endpoint takes queries of at most "
                    + limits.maxQueryBytes() + " bytes.");
        }
        String queryStringLog = ServletOps.formatForLog(queryString);
        action.log.info("[{}] Query = {}", action.id, queryStringLog);
        Query query = parsed(queryString, action);
        validateQuery(action, query);
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> decided = decideDataset(action, query, queryStringLog);
            Query chosen = decided.getRight() == null ? query : decided.getRight();
            try (QueryExec exec = createQueryExec(action, chosen, decided.getLeft())) {
                sendResults(action, executeQuery(action, exec, query, queryStringLog), query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** The query parsed with the predefined prefixes declared; one that does not parse is refused with the parser's message. */
    private static Query parsed(String queryString, HttpAction action) {
        Query query = new Query();
        query.setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes()));
        try {
            QueryFactory.parse(query, queryString, PARSE_BASE, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            refuse(action, SPARQLProtocol.messageForParseException(e));
        } catch (QueryException e) {
            refuse(action, SPARQLProtocol.messageForException(e));
        }
        return query;
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
        Query prepared;
        try {
            prepared = publicQueries.prepare(chosen);
        } catch (QueryRefused refused) {
            action.log.info("[{}] Refused: {}", action.id, refused.getMessage());
            ServletOps.error(refused.status(), refused.getMessage());
            return null;
        }
        return Pair.create(decided.getLeft(), capped(prepared, limits.maxResultRows()));
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, query, dataset);
        BuildLimit.Budget budget = new BuildLimit.Budget(limits.maxValueLength(), limits.maxBuiltLength());
        exec.getContext().set(BuildLimit.BUDGET, budget);
        action.getRequest().setAttribute(BUDGET, budget);
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result;
        try {
            result = super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryCancelledException cancelled) {
            throw overBudgetOr(action, cancelled);
        }
        BuildLimit.Budget budget = budget(action);
        if (budget != null && budget.exceeded() != null) {
            throw overBudgetOr(action, new QueryCancelledException());
        }
        return result.isRowSet() && budget != null ? new QueryExecResult(new CheckedRows(result.rowSet(), budget)) : result;
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue qPrologue) {
        try {
            super.sendResults(action, result, qPrologue);
        } catch (QueryCancelledException cancelled) {
            throw overBudgetOr(action, cancelled);
        }
    }

    /** A 422 when the query was stopped for building too much; else the cancellation as it was (a timeout). */
    private static RuntimeException overBudgetOr(HttpAction action, QueryCancelledException cancelled) {
        BuildLimit.Budget budget = budget(action);
        if (budget != null && budget.exceeded() != null) {
            action.log.info("[{}] Stopped: {}", action.id, budget.exceeded());
            ServletOps.error(422, budget.exceeded());
        }
        return cancelled;
    }

    private static BuildLimit.Budget budget(HttpAction action) {
        return action.getRequest().getAttribute(BUDGET) instanceof BuildLimit.Budget budget ? budget : null;
    }

    /** Rows that stop coming once the query has built too much (an error in a row leaves a value unbound). */
    private record CheckedRows(RowSet rows, BuildLimit.Budget budget) implements RowSet {
        @Override
        public boolean hasNext() {
            boolean more = rows.hasNext();
            check();
            return more;
        }

        @Override
        public Binding next() {
            Binding row = rows.next();
            check();
            return row;
        }

        @Override
        public List<Var> getResultVars() {
            return rows.getResultVars();
        }

        @Override
        public long getRowNumber() {
            return rows.getRowNumber();
        }

        @Override
        public void close() {
            rows.close();
        }

        private void check() {
            if (budget.exceeded() != null) {
                throw new QueryCancelledException();
            }
        }
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
