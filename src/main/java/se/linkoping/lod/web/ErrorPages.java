package se.linkoping.lod.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import spark.ExceptionHandlerImpl;
import spark.ExceptionMapper;
import spark.Request;
import spark.Response;
import spark.Spark;

import se.linkoping.lod.logging.RepeatedMessages;

/**
 * The 404 and 500 pages, in the reader's language: the 404 page for a path no route serves, too.
 * Registered on SparkJava's servlet-mode
 * {@link ExceptionMapper} (in filter mode {@code Spark.exception} is not used): a
 * {@link NotFoundException} gives the 404 page, any other exception is logged with the request and
 * an incident id and gives the 500 page with that id, never a stack trace.
 */
public final class ErrorPages implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** The same fault again within a minute is counted, not logged with its stack trace each time. */
    private static final RepeatedMessages FAILURES = new RepeatedMessages(LOG, Duration.ofMinutes(1));

    private final Site site;

    public ErrorPages(Site site) {
        this.site = site;
    }

    @Override
    public void register() {
        Spark.notFound((request, response) -> {
            render(request, response, 404, null);
            return response.body();
        });
        ExceptionMapper mapper = ExceptionMapper.getServletInstance();
        mapper.map(NotFoundException.class, new ExceptionHandlerImpl<>(NotFoundException.class) {
            @Override
            public void handle(NotFoundException exception, Request request, Response response) {
                LOG.debug("Not found: {} {} ({})", request.requestMethod(), request.pathInfo(), exception.getMessage());
                render(request, response, 404, null);
            }
        });
        mapper.map(Exception.class, new ExceptionHandlerImpl<>(Exception.class) {
            @Override
            public void handle(Exception exception, Request request, Response response) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                FAILURES.failure(kind(exception), exception, "Failed {} {} (incident {})", request.requestMethod(),
                        request.pathInfo(), incident);
                render(request, response, 500, incident);
            }
        });
    }

    /** A fault's kind: its class and where it was thrown. */
    private static String kind(Exception exception) {
        StackTraceElement[] trace = exception.getStackTrace();
        return exception.getClass().getName() + (trace.length > 0 ? " at " + trace[0] : "");
    }

    /** Answers with the error page of a status (404 or 500). */
    public void render(Request request, Response response, int status, String incident) {
        PageLanguage lang = PageLanguage.choose(request.queryParams("lang"), request.headers("Accept-Language"));
        for (String header : List.of("ETag", "Last-Modified", "Content-Location", "Link")) {
            response.raw().setHeader(header, null);
        }
        response.status(status);
        response.type(Variant.HTML.contentType());
        response.header("Cache-Control", "no-store");
        try {
            PageFrame frame = PageFrame.of(lang, Templates.message("error." + status + ".title", lang.locale()),
                    site.basePath(), "", request.pathInfo() + "?lang=" + lang.other().tag(), List.of(), null,
                    site.store().version());
            Map<String, Object> model = site.pageModel(frame, lang);
            model.put("status", status);
            model.put("incident", incident);
            response.body(site.templates().render("error", model, lang));
        } catch (RuntimeException failed) {
            LOG.error("Cannot render the {} page for {}", status, request.pathInfo(), failed);
            response.type("text/plain; charset=utf-8");
            response.body(status == 404 ? "Not found" : "Internal error");
        }
    }
}
