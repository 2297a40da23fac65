package se.linkoping.lod.sparql;

import java.time.Duration;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The ARQ settings that keep public queries cheap and local: an overall timeout, no
 * {@code SERVICE} calls of any kind (HTTP or otherwise, e.g. {@code SERVICE <file:///...>}), and
 * sorting and {@code DISTINCT} over more than {@link #SPILL_ROWS} rows done in temporary files
 * rather than in memory.
 */
public final class QueryRestrictions {

    /** The rows a sort or {@code DISTINCT} keeps in memory before it spills to temporary files. */
    public static final long SPILL_ROWS = 100_000;

    private QueryRestrictions() {
    }

    /** A context to run public queries in; Fuseki answers a {@link QueryDeniedException} with 422. */
    public static Context context(Duration queryTimeout) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.spillToDiskThreshold, SPILL_ROWS);
        ServiceExecutorRegistry refuseAll = new ServiceExecutorRegistry().addBulkLink(
                (opService, input, execCxt, chain) -> {
                    throw new QueryDeniedException("SERVICE is not available on this endpoint: " + opService.getService());
                });
        ServiceExecutorRegistry.set(context, refuseAll);
        return context;
    }
}
