package se.linkoping.lod.store;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

import se.linkoping.lod.model.Iris;

/**
 * A {@link Store} that speaks the SPARQL 1.1 protocol to any query endpoint.
 *
 * <p>Every query carries the timeout (for the answer to begin; a streamed result may take longer to
 * arrive); the data version is asked for at most every {@link #VERSION_TTL}.
 */
public final class RemoteStore implements Store {

    /** How long a data version read from the endpoint is reused. */
    public static final Duration VERSION_TTL = Duration.ofSeconds(5);

    /** The result formats asked for a page's rows, the quickest to parse first. */
    private static final String ROWS = WebContent.contentTypeResultsThrift + ", "
            + WebContent.contentTypeResultsJSON + ";q=0.9, " + WebContent.contentTypeResultsXML + ";q=0.8";

    private final String endpoint;
    private final Duration timeout;
    private final HttpClient httpClient;
    private final VersionCache version;
    private final ResourceQueries resourceQueries;

    /**
     * A store over the endpoint at {@code endpointUrl}.
     *
     * @param endpointUrl the SPARQL query endpoint, e.g. {@code https://example.org/sparql}
     * @param iris        the public base, which resolves the dataset resource that carries the version
     * @param timeout     how long one query may take, connecting included
     */
    public RemoteStore(String endpointUrl, Iris iris, Duration timeout) {
        this.endpoint = endpointUrl;
        this.timeout = timeout;
        this.httpClient = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.resourceQueries = new ResourceQueries(iris);
        Query versionQuery = VersionStamp.query(iris);
        this.version = new VersionCache(
                () -> run(versionQuery, exec -> VersionStamp.fromResults(exec.execSelect())),
                VERSION_TTL, Clock.systemUTC());
    }

    @Override
    public ResultSetRewindable select(Query query) {
        return run(query, exec -> exec.execSelect().rewindable());
    }

    @Override
    public Model construct(Query query) {
        return run(query, exec -> query.isDescribeType() ? exec.execDescribe() : exec.execConstruct());
    }

    /**
     * Streams the endpoint's answer as it is parsed. The protocol's triples carry no prefixes, so the
     * sink gets those the query declares.
     */
    @Override
    public void streamConstruct(Query query, StreamRDF sink) {
        run(query, exec -> ConstructStream.pass(sink, query.getPrefixMapping().getNsPrefixMap(),
                exec.execConstructTriples()));
    }

    /**
     * Asks the endpoint one query ({@code resource.rq}) for the resource's description and one page
     * of the links into it, and reads its rows as they arrive, in the binary result format when the
     * endpoint offers it (Fuseki does), else in JSON or XML.
     */
    @Override
    public ResourceData resource(String iri, long incomingOffset, int incomingLimit) {
        try (QueryExecHTTP exec = QueryExecHTTP.service(endpoint)
                .httpClient(httpClient)
                .queryString(resourceQueries.text(NodeFactory.createURI(iri), incomingOffset, incomingLimit))
                .acceptHeaderSelectQuery(ROWS)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build()) {
            return ResourceQueries.toData(exec.select());
        }
    }

    /** A SPARQL endpoint elsewhere offers no text index this server knows of: it is searched with plain SPARQL. */
    @Override
    public boolean fullTextIndex() {
        return false;
    }

    @Override
    public boolean ask(Query query) {
        return run(query, QueryExecution::execAsk);
    }

    @Override
    public DataVersion version() {
        return version.get();
    }

    @Override
    public void close() {
        // Each query opens and closes its own HTTP exchange; nothing stays open between calls.
    }

    private <T> T run(Query query, Function<QueryExecution, T> read) {
        try (QueryExecution exec = QueryExecutionHTTP.service(endpoint)
                .httpClient(httpClient)
                .queryString(text(query))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build()) {
            return read.apply(exec);
        }
    }

    /**
     * The text sent for a query: on one line, as the endpoint parses it fastest (its parser reads
     * every character, the indentation of a printed query too, and a page's query is parsed at each
     * request), and with its base written out. A query parsed against a base prints its IRIs relative
     * to that base but, unless the text said {@code BASE}, leaves the base itself out, so the
     * endpoint would resolve them against a base of its own.
     */
    static String text(Query query) {
        Query stated = query;
        if (query.getBaseURI() != null && !query.explicitlySetBaseURI()) {
            stated = query.cloneQuery();
            stated.setBaseURI(query.getBaseURI());
        }
        IndentedLineBuffer line = new IndentedLineBuffer();
        line.setFlatMode(true);
        stated.serialize(line);
        return line.asString();
    }
}
