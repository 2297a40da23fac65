package se.linkoping.lod.server;

import java.io.IOException;
import java.util.EnumSet;

import javax.servlet.DispatcherType;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

import org.eclipse.jetty.ee8.servlet.FilterHolder;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Handler;

import spark.ExceptionMapper;
import spark.route.ServletRoutes;
import spark.servlet.SparkApplication;
import spark.servlet.SparkFilter;

import se.linkoping.lod.web.WebApp;

/**
 * Runs our {@link WebApp} as SparkJava's filter, in a servlet (EE8) context of its own.
 *
 * <p>SparkJava keeps its routes in static state, so one web app runs per JVM at a time; stopping
 * the server clears them for the next one.
 */
final class WebAppFilter extends SparkFilter {

    private final WebApp webApp;
    private final int outputBufferSize;

    private WebAppFilter(WebApp webApp, int outputBufferSize) {
        this.webApp = webApp;
        this.outputBufferSize = outputBufferSize;
    }

    /** The servlet context at {@code /} that serves the web app with the given response buffer. */
    static Handler context(WebApp webApp, int outputBufferSize) {
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        context.setDisplayName("web");
        context.addFilter(new FilterHolder(new WebAppFilter(webApp, outputBufferSize)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        return context.getCoreContextHandler();
    }

    @Override
    protected SparkApplication[] getApplications(FilterConfig filterConfig) {
        return new SparkApplication[] {webApp};
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setBufferSize(outputBufferSize);
        super.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        super.destroy();
        ServletRoutes.get().clear();
        ExceptionMapper.getServletInstance().clear();
    }
}
