package se.linkoping.lod.server;

import java.time.Duration;
import java.util.Objects;

import org.apache.jena.sparql.core.DatasetGraph;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.QueryLimits;
import se.linkoping.lod.web.WebApp;

/**
 * What {@link PublisherServer} needs to start.
 *
 * @param port                 the HTTP port; 0 picks a free one
 * @param bindAddress          the interface to listen on, e.g. {@code 127.0.0.1}; {@code 0.0.0.0} for all
 * @param iris                 the public base of the published IRIs
 * @param queryLimits          the SPARQL endpoint's limits: timeout, result rows, query size, concurrent
 *                             queries per client
 * @param dataset              the dataset the SPARQL endpoint serves; {@code null} when the data lives
 *                             behind a remote endpoint, and then this server has no {@code /sparql}
 * @param web                  the web app: the site's shared objects and its route groups
 * @param webOutputBufferSize  the response buffer of web routes, in bytes (other responses, the SPARQL
 *                             endpoint's among them, have {@link ServerOperations#OUTPUT_BUFFER_SIZE})
 * @param operations           metrics, access log, readiness and graceful stop
 */
public record ServerSettings(int port, String bindAddress, Iris iris, QueryLimits queryLimits,
                             DatasetGraph dataset, WebApp web, int webOutputBufferSize,
                             Operations operations) {

    public static final int DEFAULT_PORT = 8080;
    public static final String ALL_INTERFACES = "0.0.0.0";
    public static final Duration DEFAULT_QUERY_TIMEOUT = QueryLimits.DEFAULT_TIMEOUT;
    public static final int DEFAULT_WEB_OUTPUT_BUFFER_SIZE = 32 * 1024;

    public ServerSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Port out of range: " + port);
        }
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(iris, "iris");
        Objects.requireNonNull(queryLimits, "queryLimits");
        if (webOutputBufferSize <= 0) {
            throw new IllegalArgumentException("The web output buffer size must be positive: " + webOutputBufferSize);
        }
        Objects.requireNonNull(operations, "operations");
    }

    /** How long a query on the SPARQL endpoint may run before it is cancelled. */
    public Duration queryTimeout() {
        return queryLimits.timeout();
    }

    /** Settings with the defaults: port 8080 on all interfaces, {@link QueryLimits#DEFAULTS}, no dataset, no web app. */
    public static Builder builder(Iris iris) {
        return new Builder(iris);
    }

    /** Builds {@link ServerSettings}, starting from the defaults. */
    public static final class Builder {
        private final Iris iris;
        private int port = DEFAULT_PORT;
        private String bindAddress = ALL_INTERFACES;
        private QueryLimits queryLimits = QueryLimits.DEFAULTS;
        private DatasetGraph dataset;
        private WebApp web = WebApp.empty();
        private int webOutputBufferSize = DEFAULT_WEB_OUTPUT_BUFFER_SIZE;
        private Operations operations = Operations.DEFAULTS;

        private Builder(Iris iris) {
            this.iris = iris;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        public Builder queryTimeout(Duration queryTimeout) {
            this.queryLimits = queryLimits.withTimeout(queryTimeout);
            return this;
        }

        public Builder queryLimits(QueryLimits queryLimits) {
            this.queryLimits = queryLimits;
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = dataset;
            return this;
        }

        public Builder web(WebApp web) {
            this.web = web;
            return this;
        }

        public Builder webOutputBufferSize(int bytes) {
            this.webOutputBufferSize = bytes;
            return this;
        }

        public Builder operations(Operations operations) {
            this.operations = operations;
            return this;
        }

        public ServerSettings build() {
            return new ServerSettings(port, bindAddress, iris, queryLimits, dataset, web, webOutputBufferSize,
                    operations);
        }
    }
}
