package se.linkoping.lod.server;

import io.micrometer.core.instrument.FunctionCounter;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.eclipse.jetty.server.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.linkoping.lod.model.Iris;
import se.linkoping.lod.sparql.SparqlEndpoint;
import se.linkoping.lod.store.Store;
import se.linkoping.lod.web.WebApp;

/**
 * The one HTTP server of the publisher: the SPARQL endpoint (Fuseki) at {@code sparql} under the
 * base's path and the web app (SparkJava routes) everywhere else, on one port, with CORS on every
 * response.
 *
 * <pre>{@code
 * PublisherServer server = PublisherServer.start(ServerSettings.builder(iris)
 *         .port(8080).dataset(dsg).web(PublishedSite.builder(store, iris).health().build()).build());
 * server.join();
 * }</pre>
 */
public final class PublisherServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PublisherServer.class);

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private PublisherServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Builds and starts the server; it runs until {@link #stop()}. */
    public static PublisherServer start(ServerSettings settings) {
        boolean withSparql = settings.dataset() != null;
        WebApp webApp = settings.web();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enableCors(false)
                .fusekiModules(FusekiModules.create(new RequestRouting(
                        kept(WebAppFilter.context(webApp, settings.webOutputBufferSize()), settings), settings.dataset(),
                        settings.bindAddress(), settings.queryLimits(), settings.iris()),
                        new ServerOperations(settings.operations(), settings.iris().base().startsWith("https:"),
                                settings.iris().basePath())));
        if (withSparql) {
            builder.add(settings.iris().basePath() + Iris.SPARQL_PATH,
                    SparqlEndpoint.dataService(settings.dataset(), settings.iris(), settings.queryLimits()));
        }
        PublisherServer server = new PublisherServer(builder.build().start(), settings);
        LOG.info("Serving {} (public base {})", server.siteUrl(), settings.iris().base());
        if (withSparql) {
            LOG.info("SPARQL endpoint {}. {}", server.sparqlUrl(), settings.queryLimits().describe());
        } else {
            LOG.info("No local dataset: no SPARQL endpoint on this server");
        }
        return server;
    }

    /**
     * The web app behind its {@link KeptResponses}, which are dropped when the store's data version
     * changes and counted in {@code lod_kept_responses_total} when there are metrics.
     */
    private static Handler kept(Handler web, ServerSettings settings) {
        if (settings.web().site() == null) {
            return web;
        }
        Store store = settings.web().site().store();
        KeptResponses kept = new KeptResponses(web, () -> store.version().digest());
        settings.operations().metrics().ifPresent(metrics -> FunctionCounter
                .builder("lod.kept.responses", kept, KeptResponses::served)
                .description("Requests answered with a kept response, without the web app").register(metrics.registry()));
        return kept;
    }

    /** The port the server listens on (the chosen one when the settings asked for 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's own root URL, e.g. {@code http://127.0.0.1:8080/}; not the public base. */
    public String url() {
        String host = ServerSettings.ALL_INTERFACES.equals(settings.bindAddress()) ? "localhost" : settings.bindAddress();
        return "http://" + host + ":" + port() + "/";
    }

    /** Where this server serves the site: its root URL and the base's path, e.g. {@code http://127.0.0.1:8080/lod/}. */
    public String siteUrl() {
        return url() + settings.iris().basePath().substring(1);
    }

    /** The URL of the SPARQL endpoint on this server. */
    public String sparqlUrl() {
        return siteUrl() + Iris.SPARQL_PATH;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset stays open (it belongs to the caller). */
    public void stop() {
        fuseki.stop();
        LOG.info("Stopped {}", url());
    }

    @Override
    public void close() {
        stop();
    }
}
