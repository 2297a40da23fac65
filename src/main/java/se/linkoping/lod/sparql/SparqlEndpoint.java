package se.linkoping.lod.sparql;

import java.time.Duration;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.EndpointSet;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

import se.linkoping.lod.model.Iris;

/**
 * The public SPARQL endpoint as a Fuseki {@link DataService}, to be registered at {@link Iris#SPARQL_PATH}
 * under the base's path.
 *
 * <p>It offers one operation, SPARQL 1.1 Query (GET, POST form, POST {@code application/sparql-query}),
 * at the service's own URL, and its {@link ServiceDescription} on a plain GET. Nothing can write:
 * updates and Graph Store requests find no operation and are refused with 400 or 405. Queries run
 * under {@link QueryRestrictions} and {@link QueryLimits}, as {@link PublicQueries} prepares them.
 */
public final class SparqlEndpoint {

    private static final Operation SERVICE_DESCRIPTION = Operation.alloc(
            "http://jena.apache.org/fuseki#se.linkoping.lod.service-description",
            "service-description", "SPARQL 1.1 Service Description");

    private SparqlEndpoint() {
    }

    /** The read-only query service over {@code dataset}, with the default limits and this timeout. */
    public static DataService dataService(DatasetGraph dataset, Iris iris, Duration queryTimeout) {
        return dataService(dataset, iris, QueryLimits.DEFAULTS.withTimeout(queryTimeout));
    }

    /**
     * The read-only query service over {@code dataset}, under the {@link QueryLimits} (the limit on
     * concurrent queries per client is {@link #guard}'s, in front of the service).
     */
    public static DataService dataService(DatasetGraph dataset, Iris iris, QueryLimits limits) {
        PublicQueries publicQueries = new PublicQueries(limits.allowedFunctions());
        Context context = QueryRestrictions.context(limits.timeout());
        publicQueries.context(context);
        Endpoint query = Endpoint.create()
                .operation(Operation.Query)
                .endpointName("")
                .processor(new LimitedQueryProcessor(limits, publicQueries))
                .context(context)
                .build();
        Endpoint description = Endpoint.create()
                .operation(SERVICE_DESCRIPTION)
                .endpointName("")
                .processor(new ServiceDescriptionAction(ServiceDescription.build(iris, limits)))
                .build();
        return DataService.newBuilder(dataset)
                .addEndpoint(query)
                .addEndpoint(description)
                .setPlainOperationChooser(SparqlEndpoint::plainRequest)
                .build();
    }

    /**
     * The HTTP handler to put in front of the endpoint: the limit on concurrent requests per client,
     * the refusal of every write ({@link ReadOnlyRequests}), and the limit on the size of a request body (four times the longest query, room for form encoding).
     */
    public static Handler guard(Handler endpoint, QueryLimits limits) {
        SizeLimitHandler sizeLimit = new SizeLimitHandler(4L * limits.maxQueryBytes(), -1);
        sizeLimit.setHandler(endpoint);
        return new ClientConcurrencyLimit(new ReadOnlyRequests(sizeLimit), limits.maxConcurrentPerClient());
    }

    /** A request with neither query nor recognised content type: read the description, or refuse. */
    private static Operation plainRequest(HttpAction action, EndpointSet endpoints) {
        String method = action.getRequestMethod();
        if (HttpNames.METHOD_GET.equals(method) || HttpNames.METHOD_HEAD.equals(method)
                || HttpNames.METHOD_OPTIONS.equals(method)) {
            return SERVICE_DESCRIPTION;
        }
        ServletOps.errorMethodNotAllowed(method + " " + action.getActionURI() + ": this endpoint is read-only");
        return null;
    }
}
