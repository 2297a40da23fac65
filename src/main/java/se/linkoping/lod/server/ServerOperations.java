package se.linkoping.lod.server;

import java.io.PrintStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;

import se.linkoping.lod.metrics.RequestMetrics;

/**
 * Fits Fuseki's Jetty server for operation, after {@link RequestRouting} has put its handlers in:
 *
 * <ul>
 * <li>responses are buffered in {@value #OUTPUT_BUFFER_SIZE} bytes, Jetty's own default, instead of
 *     Fuseki's 5 MiB: a buffer that large is beyond what Jetty's buffer pool keeps, so every SPARQL
 *     response allocated a new direct buffer of 5 MiB that only a garbage collection freed, and the
 *     process grew by gigabytes under load. Small buffers come from the pool and are used again;</li>
 * <li>every response gets the {@link SecurityHeaders};</li>
 * <li>requests are counted and timed ({@link RequestMetrics}) when there are metrics;</li>
 * <li>an access log in the NCSA combined format, to standard output or a file;</li>
 * <li>{@code GET /ready} ({@link Readiness});</li>
 * <li>a graceful stop: the server stops accepting connections, finishes the requests in flight (up to
 *     the stop timeout), then stops.</li>
 * </ul>
 */
final class ServerOperations implements FusekiModule {

    /** The response buffer of every response; web routes set their own, see {@link ServerSettings}. */
    static final int OUTPUT_BUFFER_SIZE = 32 * 1024;

    private final Operations operations;
    private final boolean httpsBase;
    private final String basePath;

    /** @param basePath the path of the public base, under which {@code ready} lives and pages are counted */
    ServerOperations(Operations operations, boolean httpsBase, String basePath) {
        this.operations = operations;
        this.httpsBase = httpsBase;
        this.basePath = basePath;
    }

    @Override
    public String name() {
        return "server-operations";
    }

    @Override
    public void serverBeforeStarting(FusekiServer server) {
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_SIZE);
            }
        }
        Handler handler = new Readiness(jetty.getHandler(), basePath + Readiness.NAME, operations.ready());
        if (operations.metrics().isPresent()) {
            handler = new RequestMetrics(handler, operations.metrics().get().registry(), basePath);
        }
        jetty.setHandler(new GracefulHandler(new SecurityHeaders(handler, httpsBase)));
        jetty.setStopTimeout(operations.stopTimeout().toMillis());
        operations.accessLog().ifPresent(target -> jetty.setRequestLog(accessLog(target)));
    }

    private static RequestLog accessLog(String target) {
        if (Operations.STANDARD_OUTPUT.equals(target)) {
            PrintStream out = System.out;
            return new CustomRequestLog(line -> out.println(line), CustomRequestLog.EXTENDED_NCSA_FORMAT);
        }
        RequestLogWriter writer = new RequestLogWriter(target);
        writer.setAppend(true);
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT);
    }
}
